using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Review;

namespace KzDiff.Core.Tests.Review;

public sealed class FlagIdsTests
{
    private static readonly SectionChange Section = new(
        SectionStatus.Modified, false, false, false, false,
        new SectionReference("1.c", "c. Torture"), new SectionReference("1.c", "c. Torture"), 0.9, 1, [], []);

    private static SentenceChange Row(string old, string @new) =>
        new(SentenceStatus.Modified, ChangeKind.Substantive, old, @new, null, null, []);

    private static string Id(SentenceChange row, FlagKind kind = FlagKind.Number, int from = 2022, string country = "ruritania", SectionChange? section = null, int occurrence = 0) =>
        FlagIds.Of(country, from, from + 1, section ?? Section, row, kind, occurrence);

    [Test]
    public void Of_GivesTheSameId_WhenOnlyTypographyOrSpacingDiffers()
    {
        var plain = Id(Row("The Ombudsman received 120 complaints - it said.", "The \"Ombudsman\" received 95 complaints."));
        var typeset = Id(Row("The  Ombudsman received 120\u00A0complaints \u2014 it said.", "The \u201COmbudsman\u201D received 95 complaints."));

        Assert.That(typeset, Is.EqualTo(plain));
        Assert.That(FlagIds.IsWellFormed(plain), Is.True);
    }

    [Test]
    public void Of_GivesAnotherId_WhenTextKindYearsCountrySectionOrOccurrenceDiffer()
    {
        var row = Row("It held 1,200.", "It held 1,350.");
        var moved = Section with { New = new SectionReference("1.d", "d. Arbitrary Arrest") };
        var ids = new[]
        {
            Id(row),
            Id(Row("It held 1,200.", "It held 1,351.")),
            Id(Row("It held 1,201.", "It held 1,350.")),
            Id(row, FlagKind.Term),
            Id(row, from: 2021),
            Id(row, country: "freedonia"),
            Id(row, section: moved),
            Id(row, occurrence: 1),
            FlagIds.Of("ruritania", 2022, 2023, Section, null, FlagKind.Number, 0),
        };

        Assert.That(ids.Distinct().Count(), Is.EqualTo(ids.Length));
    }

    [Test]
    public void Of_DependsOnContentNotScoreOrExplanation()
    {
        var section = Section with
        {
            Sentences = [Row("It held 1,200.", "It held 1,350.") with { Flags = [new ChangeFlag(FlagKind.Number, 0.8, "1,200 → 1,350")] }],
        };
        var rescored = section with
        {
            Sentences = [section.Sentences[0] with { Flags = [new ChangeFlag(FlagKind.Number, 0.4, "1,200 → 1,350 (inmates)")] }],
        };
        var metadata = new Core.Editions.EditionMetadata("ruritania", "Ruritania", 2022, "a.txt", "00", Core.Editions.EditionFormat.PlainText);
        EditionComparison Comparison(SectionChange s, string engine) =>
            new(metadata, metadata with { Year = 2023, Sha256 = "11" }, engine, new ComparisonStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), [s]);

        var first = ComparisonFlags.Of(Comparison(section, "4")).Single();
        var second = ComparisonFlags.Of(Comparison(rescored, "5")).Single();

        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(first.Anchor, Does.StartWith("c-"));
    }

    [Test]
    public void Normalise_FoldsQuotesDashesSpacesAndCase()
    {
        Assert.That(FlagIds.Normalise("  \u201CNo\u201D\u00A0reports \u2013 Ombudsman\u2019s\u200B office  "), Is.EqualTo("\"no\" reports - ombudsman's office"));
    }
}
