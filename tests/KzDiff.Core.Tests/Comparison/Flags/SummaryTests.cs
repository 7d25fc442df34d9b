using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison.Flags;

public sealed class SummaryTests
{
    private static readonly string[] Arrests =
    [
        "The law prohibits arbitrary arrest and detention, but such incidents nevertheless occurred.",
        "During the year authorities detained thousands who participated in unsanctioned antigovernment rallies, including some who happened to be passing by.",
        "The civil society alliance Tirek maintained a list of approximately 20 individuals it considered detained or imprisoned based on politically motivated charges.",
    ];

    private static readonly string[] Prisons =
    [
        "Prisons faced serious shortages of medical staff.",
        "PMC members reported that some prisoners with disabilities did not have access to showers for months.",
    ];

    private static EditionComparison Sample(FlagOptions? options = null)
    {
        var older = Edition(2019,
            Node("1", "Section 1. Respect for the Integrity of the Person", [], Node("1.c", "c. Prison and Detention Center Conditions", Prisons)),
            Node("1.d", "d. Arbitrary Arrest or Detention", Arrests));
        var newer = Edition(2020,
            Node("1.d", "d. Arbitrary Arrest or Detention",
            [
                Arrests[0],
                "During the year authorities detained many who participated in unsanctioned antigovernment rallies, including some who happened to be passing by.",
                "The civil society alliance Tirek maintained a list of approximately 23 individuals it considered detained or imprisoned based on politically motivated charges.",
            ]));
        return EditionComparer.Compare(older, newer, options);
    }

    [Test]
    public void Summary_StatesOutlineRemovalsAndTotals_WhenSectionsGoAndStatementsSoften()
    {
        var text = Sample().Summary.Text;

        Assert.That(text, Does.StartWith("The 2020 report has 0 sections instead of 1."));
        Assert.That(text, Does.Contain("c. Prison and Detention Center Conditions"));
        Assert.That(text, Does.Contain("1 number changed, appeared or vanished").And.Contain("1 statement was softened"));
    }

    [Test]
    public void KeyChanges_PointAtTheFlaggedRows_InScoreOrder()
    {
        var comparison = Sample();
        var keys = comparison.Summary.KeyChanges;

        Assert.That(keys, Has.Length.GreaterThanOrEqualTo(3));
        Assert.That(keys.Select(k => k.Flag.Score), Is.Ordered.Descending);
        foreach (var key in keys)
        {
            var section = comparison.Sections[key.SectionIndex];
            Assert.That(key.Section, Is.EqualTo(section.New ?? section.Old));
            var flags = key.SentenceIndex is int i ? section.Sentences[i].Flags : section.Flags;
            Assert.That(flags[0], Is.EqualTo(key.Flag));
        }

        Assert.That(keys.Select(k => k.Flag.Kind), Is.SupersetOf(new[] { FlagKind.Quantity, FlagKind.Number, FlagKind.Section }));
    }

    [Test]
    public void Summary_LeavesOutFlagTotals_WhenFlagsAreDisabled()
    {
        var summary = Sample(new FlagOptions { Enabled = false }).Summary;

        Assert.That(summary.KeyChanges, Is.Empty);
        Assert.That(summary.Text, Does.Contain("Prison and Detention Center Conditions").And.Not.Contain("softened"));
    }
}
