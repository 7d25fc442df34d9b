using KzDiff.Core.Comparison;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>
/// Seeded mutation test: known edits applied to real editions, then compared. Every reported
/// change must be one of the edits (precision) and every edit must be reported as what it is
/// (recall): a moved sentence as moved from its section, a reworded one as modified, a split as
/// one row noted "split into 2 sentences", a renamed or moved section flagged on its pair.
/// </summary>
[Category("Corpus")]
public sealed class MutationTests
{
    private const int Seed = 20261127;
    private const int EditsPerEdition = 110;

    [Test]
    public void Compare_RecoversKnownEdits_WithPrecisionAndRecallAtLeast95Percent()
    {
        var foreign = ComparisonCorpus.StateGov(2020, "mexico").Root.DescendantsAndSelf().SelectMany(n => n.Sentences).ToList();
        string[] bases = ["kazakhstan", "russia", "nigeria"];
        int expected = 0, found = 0, reported = 0, truePositives = 0;
        var missedByKind = new Dictionary<EditKind, int>();
        var seed = Seed;
        foreach (var country in bases)
        {
            var original = ComparisonCorpus.StateGov(2019, country);
            var mutator = new EditionMutator(original, foreign, seed++);
            mutator.Apply(EditsPerEdition);
            var mutated = original with { Root = mutator.Result() };

            var comparison = EditionComparer.Compare(original, mutated);
            var score = Score(comparison, mutator.Edits, missedByKind);
            TestContext.Out.WriteLine("  " + string.Join(", ", mutator.Edits.GroupBy(e => e.Kind).Select(g => $"{g.Key} {g.Count()}")));
            TestContext.Out.WriteLine($"{country} 2019: {mutator.Edits.Count} edits, recovered {score.Found}, reported {score.Reported} changes of which {score.TruePositives} right");
            foreach (var line in score.FalsePositives.Take(5))
            {
                TestContext.Out.WriteLine("  unexpected: " + line);
            }

            expected += mutator.Edits.Count;
            found += score.Found;
            reported += score.Reported;
            truePositives += score.TruePositives;
        }

        var precision = (double)truePositives / reported;
        var recall = (double)found / expected;
        TestContext.Out.WriteLine($"edits {expected}; precision {precision:P2} ({truePositives}/{reported}); recall {recall:P2} ({found}/{expected})");
        TestContext.Out.WriteLine("missed by kind: " + string.Join(", ", missedByKind.Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.That(expected, Is.GreaterThanOrEqualTo(300));
        Assert.That(precision, Is.GreaterThanOrEqualTo(0.95));
        Assert.That(recall, Is.GreaterThanOrEqualTo(0.95));
    }

    private static (int Found, int Reported, int TruePositives, List<string> FalsePositives) Score(
        EditionComparison comparison, List<ExpectedEdit> edits, Dictionary<EditKind, int> missedByKind)
    {
        var rows = comparison.Sections
            .SelectMany(s => s.Sentences.Select(r => (Section: s, Row: r)))
            .Where(x => x.Row.Status != SentenceStatus.Unchanged && x.Row.Kind != ChangeKind.Formatting && x.Row.MovedTo is null)
            .ToList();
        var sections = comparison.Sections
            .Where(s => s.Renamed || s.Moved || s.Split || s.Merged || s.Status is SectionStatus.Added or SectionStatus.Removed)
            .ToList();
        var usedRows = new HashSet<int>();
        var usedSections = new HashSet<int>();
        var found = 0;
        foreach (var edit in edits)
        {
            var hit = edit.Kind is EditKind.RenameSection or EditKind.MoveSubsection
                ? Claim(sections, usedSections, s => Matches(edit, s))
                : Claim(rows, usedRows, x => Matches(edit, x.Row));
            if (hit)
            {
                found++;
            }
            else
            {
                missedByKind[edit.Kind] = missedByKind.GetValueOrDefault(edit.Kind) + 1;
            }
        }

        var falsePositives = rows.Where((_, i) => !usedRows.Contains(i)).Select(x => $"{x.Row.Status} {x.Row.Kind} [{x.Section.Old?.Path} -> {x.Section.New?.Path}] {x.Row.Old} => {x.Row.New}")
            .Concat(sections.Where((_, i) => !usedSections.Contains(i)).Select(s => $"section {s.Status} {s.Old?.Path} -> {s.New?.Path} renamed={s.Renamed} moved={s.Moved} split={s.Split} merged={s.Merged}"))
            .ToList();
        return (found, rows.Count + sections.Count, usedRows.Count + usedSections.Count, falsePositives);
    }

    private static bool Claim<T>(List<T> items, HashSet<int> used, Func<T, bool> predicate)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!used.Contains(i) && predicate(items[i]))
            {
                used.Add(i);
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ExpectedEdit edit, SentenceChange row) => edit.Kind switch
    {
        EditKind.MoveWithinSection or EditKind.MoveAcrossSections =>
            row.Status == SentenceStatus.Moved && row.New == edit.New && row.MovedFrom == edit.OldPath,
        EditKind.Reword => row.Status == SentenceStatus.Modified && row.Old == edit.Old && row.New == edit.New,
        EditKind.ChangeNumber => row.Status == SentenceStatus.Modified && row.Kind == ChangeKind.Substantive && row.Old == edit.Old && row.New == edit.New,
        EditKind.Delete => row.Status == SentenceStatus.Removed && row.Old == edit.Old,
        EditKind.Insert => row.Status == SentenceStatus.Added && row.New == edit.New,
        EditKind.Split => row.Old == edit.Old && row.New == edit.New && row.Note == "split into 2 sentences",
        _ => false,
    };

    private static bool Matches(ExpectedEdit edit, SectionChange section) => edit.Kind switch
    {
        EditKind.RenameSection => section.Renamed && section.Old?.Path == edit.OldPath,
        EditKind.MoveSubsection => section.Moved && section.Old?.Path == edit.OldPath,
        _ => false,
    };
}
