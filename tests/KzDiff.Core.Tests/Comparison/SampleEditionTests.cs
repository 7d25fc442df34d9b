using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>The planted changes of the fictional sample editions (editions/README.md), found on a fresh clone.</summary>
public sealed class SampleEditionTests
{
    [Test]
    public void Compare_FindsThePlantedChanges_From2022To2023()
    {
        var comparison = EditionComparer.Compare(Sample(2022), Sample(2023));
        var rows = comparison.Sections.SelectMany(s => s.Sentences).ToList();

        Assert.That(comparison.Sections.Single(s => s.Old?.Path == "2.a" && s.New?.Path == "2.a").Renamed, Is.True);
        var women = comparison.Sections.Where(s => s.Old?.Path == "6/women-and-children").Select(s => s.New?.Path).ToList();
        Assert.That(women, Is.SupersetOf(new[] { "6/women", "6/children" }));
        Assert.That(comparison.Sections.Where(s => s.Old?.Path == "6/women-and-children").All(s => s.Split), Is.True);

        var prison = rows.Single(r => r.Status != SentenceStatus.Unchanged && r.Old?.StartsWith("Prison conditions were harsh and life threatening", StringComparison.Ordinal) == true);
        Assert.That((prison.Status, prison.Kind), Is.EqualTo((SentenceStatus.Modified, ChangeKind.Substantive)));
        Assert.That(prison.Words.Where(w => w.Operation == WordOperation.Delete).Select(w => w.Text.Trim()), Does.Contain("and life threatening"));

        var moved = rows.Single(r => r.Status == SentenceStatus.Moved && r.MovedFrom is not null);
        Assert.That((moved.MovedFrom, moved.New), Is.EqualTo(("2.a/internet-freedom", "The law requires internet providers to store user data for one year and to provide it to the SSS on request.")));
        Assert.That(rows.Count(r => r.Status == SentenceStatus.Removed && r.Old!.Contains("Telek", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void Compare_KeepsSpellingVariantAndNewSubheadingsQuiet_From2023To2024()
    {
        var comparison = EditionComparer.Compare(Sample(2023), Sample(2024));

        var antisemitism = comparison.Sections.Single(s => s.Old?.Path == "6/antisemitism");
        Assert.That((antisemitism.Renamed, antisemitism.Moved), Is.EqualTo((false, false)));
        var assembly = comparison.Sections.Where(s => s.Old?.Path == "2.b").ToList();
        Assert.That(assembly.Any(s => s.New?.Path == "2.b"), Is.True);
        Assert.That(assembly.Any(s => s.Renamed || s.Moved), Is.False);
    }

    private static Edition Sample(int year)
    {
        var path = TestEnvironment.SampleEdition($"veloria-{year}.txt");
        return EditionParser.Parse(File.ReadAllBytes(path), path);
    }
}
