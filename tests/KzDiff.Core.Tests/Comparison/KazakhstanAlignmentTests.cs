using KzDiff.Core.Comparison;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>The real restructurings of the Kazakhstan report the issue names, over the real pages.</summary>
[Category("Corpus")]
public sealed class KazakhstanAlignmentTests
{
    [Test]
    public void Compare_RenamesAndSplitsSection2_From2018To2019()
    {
        var comparison = Compare(2018, 2019);

        var expression = Pair(comparison, "a. Freedom of Speech and Press", "a. Freedom of Expression, Including for the Press");
        Assert.That(expression.Renamed, Is.True);
        Assert.That(expression.Moved, Is.False);

        var newTitles = new[] { "d. Freedom of Movement", "e. Internally Displaced Persons", "f. Protection of Refugees", "g. Stateless Persons" };
        foreach (var title in newTitles)
        {
            var piece = comparison.Sections.Single(s => s.New?.Title == title);
            Assert.That(piece.Split, Is.True, title + " should be a piece of the split of 2018 2.d");
            Assert.That(piece.Old!.Path, Does.StartWith("2.d"), title);
        }

        var internet = comparison.Sections.Single(s => s.Old?.Title == "INTERNET FREEDOM");
        Assert.That(internet.New!.Title, Is.EqualTo("Internet Freedom"));
        Assert.That(internet.Renamed, Is.False);
        Assert.That(comparison.Sections.Count(s => s.Status == SectionStatus.Removed), Is.LessThanOrEqualTo(3));
    }

    [Test]
    public void Compare_FindsTransnationalRepressionAndLetterSwap_From2021To2022()
    {
        var comparison = Compare(2021, 2022);

        var repression = Pair(comparison, "Politically Motivated Reprisal against Individuals Located Outside the Country", "Transnational Repression");
        Assert.That(repression.Renamed, Is.True);

        var refugees = Pair(comparison, "f. Protection of Refugees", "e. Protection of Refugees");
        Assert.That(refugees.Moved, Is.True);
        Assert.That(refugees.Renamed, Is.False);
        var displaced = Pair(comparison, "e. Status and Treatment of Internally Displaced Persons", "f. Status and Treatment of Internally Displaced Persons");
        Assert.That(displaced.Moved, Is.True);

        var antisemitism = Pair(comparison, "Anti-Semitism", "Antisemitism");
        Assert.That(antisemitism.Renamed, Is.False);
        Assert.That(antisemitism.Moved, Is.False);
    }

    [Test]
    public void Compare_PromotesTransnationalRepression_From2022To2023()
    {
        var comparison = Compare(2022, 2023);

        var repression = Pair(comparison, "Transnational Repression", "f. Transnational Repression");
        Assert.That(repression.Moved, Is.True);
        Assert.That(repression.Renamed, Is.False);
        Assert.That(repression.Split, Is.False);

        var property = comparison.Sections.Single(s => s.New?.Title == "g. Property Seizure and Restitution");
        Assert.That(property.Status, Is.EqualTo(SectionStatus.Added));
        Assert.That(property.Old, Is.Null);
    }

    [Test]
    public void Compare_FollowsSectionsIntoTheThreeSectionOutline_From2023To2024()
    {
        var comparison = Compare(2023, 2024);

        (string Old, string New)[] expected =
        [
            ("c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment, and Other Related Abuses", "a. Torture and Cruel, Inhuman, or Degrading Treatment or Punishment"),
            ("Worker Rights", "b. Worker Rights"),
            ("Trafficking in Persons", "e. Trafficking in Persons"),
            ("e. Protection of Refugees", "c. Protection to Refugees"),
            ("c. Freedom of Religion", "d. Violations in Religious Freedom"),
            ("f. Transnational Repression", "e. Instances of Transnational Repression"),
            ("Antisemitism", "d. Acts of Antisemitism and Antisemitic Incitement"),
        ];
        foreach (var (oldTitle, newTitle) in expected)
        {
            var pair = Pair(comparison, oldTitle, newTitle);
            Assert.That(pair.Moved, Is.True, oldTitle);
        }

        var disappearance = comparison.Sections.Single(s => s.Old?.Title == "b. Disappearance" && s.New is not null);
        Assert.That(disappearance.New!.Path, Does.StartWith("2.c"));
        Assert.That(comparison.Statistics.SentencesRemoved, Is.GreaterThan(comparison.Statistics.SentencesAdded), "2024 is about a third as long");
    }

    private static EditionComparison Compare(int oldYear, int newYear)
    {
        var comparison = EditionComparer.Compare(ComparisonCorpus.StateGov(oldYear, "kazakhstan"), ComparisonCorpus.StateGov(newYear, "kazakhstan"));
        TestContext.Out.WriteLine(AlignmentTable.Format(comparison));
        return comparison;
    }

    private static SectionChange Pair(EditionComparison comparison, string oldTitle, string newTitle)
    {
        var pair = comparison.Sections.FirstOrDefault(s => s.Old?.Title == oldTitle && s.New?.Title == newTitle);
        Assert.That(pair, Is.Not.Null, $"expected \"{oldTitle}\" to be aligned with \"{newTitle}\"; alignment was:\n{AlignmentTable.Format(comparison)}");
        return pair!;
    }
}
