using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Noise;
using KzDiff.Core.Comparison.Words;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison;

public sealed class NoiseTests
{
    [TestCase("The so-called \"voluntary assistants\" were present.", "The so-called “voluntary assistants” were present.")]
    [TestCase("The quasi-independent body met in Nur-Sultan.", "The quasiindependent body met in NurSultan.")]
    [TestCase("Prisoners–so-called assistants–were beaten.", "Prisoners - so-called assistants - were beaten.")]
    [TestCase("The  court   ruled on  appeal.", "The court ruled on appeal.")]
    public void Classify_ReturnsFormatting_WhenOnlyTypographyOrPdfJoinsDiffer(string before, string after)
    {
        Assert.That(ChangeClassifier.Classify(before, after, WordDiffer.Diff(before, after)), Is.EqualTo(ChangeKind.Formatting));
    }

    [TestCase("In 2018 the government registered 12 parties.", "In 2019 the government registered 12 parties.")]
    [TestCase("As of September 2018, 40 journalists were detained.", "As of October 2019, 40 journalists were detained.")]
    public void Classify_ReturnsRoutine_WhenOnlyTheDateRollsForward(string before, string after)
    {
        Assert.That(ChangeClassifier.Classify(before, after, WordDiffer.Diff(before, after)), Is.EqualTo(ChangeKind.Routine));
    }

    [TestCase("In 2018 the government registered 12 parties.", "In 2018 the government registered 14 parties.")]
    [TestCase("In 2019 the government registered 12 parties.", "In 2018 the government registered 12 parties.")]
    [TestCase("In 2018 the government registered 12 parties.", "In 2019 the government registered 14 parties.")]
    [TestCase("On May 3, police detained the activist.", "On June 5, police detained the activist.")]
    [TestCase("Police tortured detainees.", "Police abused detainees.")]
    public void Classify_ReturnsSubstantive_WhenAnythingElseChanges(string before, string after)
    {
        Assert.That(ChangeClassifier.Classify(before, after, WordDiffer.Diff(before, after)), Is.EqualTo(ChangeKind.Substantive));
    }

    [Test]
    public void Compare_CountsFormattingApartAndKeepsSectionUnchanged_WhenOnlyQuotesChange()
    {
        var older = Edition(2019, Node("2.a", "a. Freedom of Expression", ["Officials called them \"traitors\" on television.", "No one was charged."]));
        var newer = Edition(2020, Node("2.a", "a. Freedom of Expression", ["Officials called them “traitors” on television.", "No one was charged."]));

        var comparison = EditionComparer.Compare(older, newer);

        Assert.That(comparison.Sections.Single().Status, Is.EqualTo(SectionStatus.Unchanged));
        Assert.That(comparison.Statistics.FormattingChanges, Is.EqualTo(1));
        Assert.That(comparison.Statistics.SentencesModified + comparison.Statistics.SubstantiveChanges, Is.Zero);
    }
}
