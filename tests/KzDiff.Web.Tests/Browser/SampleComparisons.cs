using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Comparison.Summaries;
using KzDiff.Core.Editions;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// Hand-built comparisons of fictional editions: every kind of section and sentence change the
/// page must show, and an edition full of hostile markup that must stay inert text.
/// </summary>
internal static class SampleComparisons
{
    public const string KnownInsertion = "47";
    public const string KnownDeletion = "12";

    public static EditionComparison Freedonia(int from, int to)
    {
        var sections = ImmutableArray.Create(
            Section(SectionStatus.Modified, "summary", "Executive Summary", "summary", "Executive Summary",
                [.. Filler("The constitution of Freedonia provides for a presidential system", 8),
                 Modified("In 2022 the government held parliamentary elections.", "In 2023 the government held parliamentary elections.", ChangeKind.Routine,
                    Eq("In "), Del("2022"), Ins("2023"), Eq(" the government held parliamentary elections.")),
                 .. Filler("Observers noted restrictions on assembly", 6)]),
            Section(SectionStatus.Unchanged, "1", "Section 1. Respect for the Integrity of the Person", "1", "Section 1. Respect for the Integrity of the Person",
                [.. Filler("The law prohibits arbitrary deprivation of life", 5)]),
            Section(SectionStatus.Modified, "1.a", "a. Arbitrary Deprivation of Life", "1.a", "a. Arbitrary Deprivation of Life",
                [.. Filler("There were no reports that the government committed arbitrary killings", 4),
                 Modified(
                    "The government reported 12 complaints of torture in the first half of the year.",
                    "The government reported 47 complaints of torture and mistreatment in the first half of the year.",
                    ChangeKind.Substantive,
                    Eq("The government reported "), Del(KnownDeletion), Ins(KnownInsertion), Eq(" complaints of torture"), Ins(" and mistreatment"), Eq(" in the first half of the year."))
                    with { Flags = [Flag(FlagKind.Number, 0.9, "12 → 47 (complaints of torture)"), Flag(FlagKind.Term, 0.4, "'torture' in changed text")] },
                 .. Filler("Human rights groups documented cases in the north", 7),
                 Added("Authorities opened a criminal case against two police officers in Oakport.")
                    with { Flags = [Flag(FlagKind.Entity, 0.5, "'Oakport' added")] },
                 .. Filler("The ombudsman received complaints", 3),
                 Removed("The ministry announced a review of detention practices."),
                 Modified("Prison conditions were harsh  and life-threatening.", "Prison conditions were harsh and life\u2011threatening.", ChangeKind.Formatting)]),
            Section(SectionStatus.Unchanged, "1.b", "b. Disappearance", "1.b", "b. Disappearance",
                [.. Filler("There were no reports of disappearances by or on behalf of government authorities", 4)]),
            Section(SectionStatus.Modified, "1.c", "c. Torture and Other Cruel Punishment", "1.c", "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment",
                [.. Filler("The law prohibits torture", 5),
                 Moved("Detainees in Westbrook reported beatings during interrogation.", null, "2.a")],
                renamed: true),
            Section(SectionStatus.Unchanged, "1.d", "d. Arbitrary Arrest or Detention", "1.d", "d. Arbitrary Arrest or Detention",
                [.. Filler("The law prohibits arbitrary arrest and detention", 9)]),
            Section(SectionStatus.Modified, "2.a", "a. Freedom of Speech and Press", "2.a", "a. Freedom of Expression, Including for the Press",
                [.. Filler("The constitution provides for freedom of expression", 3),
                 Moved("Detainees in Westbrook reported beatings during interrogation.", "1.c", null),
                 Modified("Authorities blocked 3 news websites.", "Authorities blocked 19 news websites and two messaging applications.", ChangeKind.Substantive,
                    Eq("Authorities blocked "), Del("3"), Ins("19"), Eq(" news websites"), Ins(" and two messaging applications"), Eq("."))
                    with { Flags = [Flag(FlagKind.Number, 0.7, "3 → 19 (news websites)"), Flag(FlagKind.Term, 0.3, "'blocked' in changed text")] },
                 .. Filler("Journalists practiced self-censorship", 4)],
                renamed: true),
            Section(SectionStatus.Modified, "2.d", "d. Freedom of Movement and Refugees", "2.d", "d. Freedom of Movement",
                [.. Filler("The law provides for freedom of internal movement", 3),
                 Removed("The government cooperated with UNHCR on refugee matters.")],
                split: true, renamed: true),
            Section(SectionStatus.Added, null, null, "2.e", "e. Protection of Refugees",
                [Added("The government cooperated with UNHCR on refugee matters."),
                 Added("Access to asylum was limited at the southern border.")],
                split: true),
            Section(SectionStatus.Removed, "2.f", "f. Internally Displaced Persons", null, null,
                [Removed("Not applicable.")]) with { Flags = [Flag(FlagKind.Section, 0.6, "section removed: f. Internally Displaced Persons")] },
            Section(SectionStatus.Unchanged, "3", "Section 3. Freedom to Participate in the Political Process", "3", "Section 3. Freedom to Participate in the Political Process",
                [.. Filler("Citizens have the ability to choose their government", 12)]));
        return Comparison("freedonia", "Freedonia", from, to, sections);
    }

    /// <summary>Report text that is markup and script, as a careless renderer would execute it.</summary>
    public static EditionComparison Hostile(int from, int to)
    {
        const string script = "<script>window.__kzdiffPwned = 1; alert(1)</script>";
        const string image = "<img src=x onerror=\"window.__kzdiffPwned = 2; alert(2)\">";
        const string link = "<a href=\"javascript:window.__kzdiffPwned=3;alert(3)\">click me</a>";
        var sections = ImmutableArray.Create(
            Section(SectionStatus.Modified, "summary", "Executive Summary " + script, "summary", "Executive Summary " + image,
                [Modified("The report says " + script + " today.", "The report says " + image + " today.", ChangeKind.Substantive,
                    Eq("The report says "), Del(script), Ins(image), Eq(" today.")),
                 Added("See " + link + " for details."),
                 Removed("An old " + link + " was here."),
                 Same("\"><svg onload=alert(4)> and ' onmouseover='alert(5)")],
                renamed: true),
            Section(SectionStatus.Added, null, null, "1", "Section 1 <iframe src=\"javascript:alert(6)\"></iframe>",
                [Added("javascript:alert(7)")]));
        return Comparison("hostilia", "Hostilia <b>bold</b>", from, to, sections);
    }

    private static EditionComparison Comparison(string key, string name, int from, int to, ImmutableArray<SectionChange> sections)
    {
        var sentences = sections.SelectMany(s => s.Sentences).ToList();
        int Count(SentenceStatus status) => sentences.Count(s => s.Status == status);
        int Words(WordOperation op) => sentences.SelectMany(s => s.Words).Where(w => w.Operation == op)
            .Sum(w => w.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            + sentences.Where(s => s.Status == (op == WordOperation.Insert ? SentenceStatus.Added : SentenceStatus.Removed))
                .Sum(s => (s.New ?? s.Old ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var statistics = new ComparisonStatistics(
            sections.Count(s => s.Status == SectionStatus.Unchanged),
            sections.Count(s => s.Status == SectionStatus.Modified),
            sections.Count(s => s.Status == SectionStatus.Added),
            sections.Count(s => s.Status == SectionStatus.Removed),
            Count(SentenceStatus.Unchanged),
            Count(SentenceStatus.Modified),
            Count(SentenceStatus.Moved) / 2,
            Count(SentenceStatus.Added),
            Count(SentenceStatus.Removed),
            Words(WordOperation.Insert),
            Words(WordOperation.Delete),
            sentences.Count(s => s.Kind == ChangeKind.Substantive),
            sentences.Count(s => s.Kind == ChangeKind.Routine),
            sentences.Count(s => s.Kind == ChangeKind.Formatting));
        return new EditionComparison(Metadata(key, name, from), Metadata(key, name, to), EditionComparer.EngineVersion, statistics, sections, Summary(sections));
    }

    /// <summary>The key changes as the engine lists them: each flagged row's or section's top flag, highest score first.</summary>
    private static ComparisonSummary Summary(ImmutableArray<SectionChange> sections)
    {
        var keys = new List<KeyChange>();
        for (var i = 0; i < sections.Length; i++)
        {
            var where = sections[i].New ?? sections[i].Old!;
            if (!sections[i].Flags.IsEmpty)
            {
                keys.Add(new KeyChange(sections[i].Flags[0], where, i, null));
            }

            for (var j = 0; j < sections[i].Sentences.Length; j++)
            {
                if (!sections[i].Sentences[j].Flags.IsEmpty)
                {
                    keys.Add(new KeyChange(sections[i].Sentences[j].Flags[0], where, i, j));
                }
            }
        }

        var text = keys.Count == 0 ? "" : $"{keys.Count(k => k.Flag.Kind == FlagKind.Number)} numbers changed; one section was removed.";
        return new ComparisonSummary(text, [.. keys.OrderByDescending(k => k.Flag.Score)]);
    }

    private static ChangeFlag Flag(FlagKind kind, double score, string explanation) => new(kind, score, explanation);

    private static EditionMetadata Metadata(string key, string name, int year) =>
        new(key, name, year, $"editions/{key}-{year}.txt", new string((char)('a' + year % 6), 64), EditionFormat.PlainText, Address(key, year));

    /// <summary>The state.gov address a sample edition names, as an imported page names its own.</summary>
    public static string Address(string key, int year) =>
        $"https://www.state.gov/reports/{year}-country-reports-on-human-rights-practices/{key}/";

    private static SectionChange Section(
        SectionStatus status, string? oldPath, string? oldTitle, string? newPath, string? newTitle,
        SentenceChange[] sentences, bool renamed = false, bool split = false, bool moved = false) =>
        new(status, renamed, moved, split, false,
            oldPath is null ? null : new SectionReference(oldPath, oldTitle!),
            newPath is null ? null : new SectionReference(newPath, newTitle!),
            status == SectionStatus.Unchanged ? 1 : 0.8, 0.9, ["fictional sample"], [.. sentences]);

    private static IEnumerable<SentenceChange> Filler(string stem, int count) =>
        Enumerable.Range(1, count).Select(i => Same($"{stem}, as noted in paragraph {i} of this fictional report."));

    private static SentenceChange Same(string text) => new(SentenceStatus.Unchanged, ChangeKind.None, text, text, null, null, []);

    private static SentenceChange Added(string text) => new(SentenceStatus.Added, ChangeKind.Substantive, null, text, null, null, []);

    private static SentenceChange Removed(string text) => new(SentenceStatus.Removed, ChangeKind.Substantive, text, null, null, null, []);

    private static SentenceChange Moved(string text, string? from, string? to) =>
        new(SentenceStatus.Moved, ChangeKind.Substantive, text, text, from, to, [], MoveId: "m1");

    private static SentenceChange Modified(string old, string @new, ChangeKind kind, params WordEdit[] words) =>
        new(SentenceStatus.Modified, kind, old, @new, null, null, [.. words]);

    private static WordEdit Eq(string text) => new(WordOperation.Equal, text);

    private static WordEdit Ins(string text) => new(WordOperation.Insert, text);

    private static WordEdit Del(string text) => new(WordOperation.Delete, text);
}
