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

    // Real sentences: Nigeria, Uzbekistan, Kazakhstan, Russia and Tajikistan 2019 → 2020.
    [TestCase("During the year the government passed a disability rights law for the first time, prohibiting discrimination on the basis of disability.", "In 2019 the government passed a disability rights law for the first time, prohibiting discrimination on the basis of disability.")]
    [TestCase("Three former political prisoners attempted to register an NGO named Restoration of Justice three times during the year, without success.", "Three former political prisoners attempted to register an NGO named Restoration of Justice three times in 2019, without success.")]
    [TestCase("On May 29, the body of activist Galy Baktybayev was found in Karaganda region’s Atasu village.", "In May 2019 the body of activist Galy Baktybayev was found in Karaganda region’s Atasu village.")]
    [TestCase("As of September, four NGOs labeled as “foreign agents” had received presidential grants for “socially oriented projects.”", "As of September 2019, four NGOs labeled as “foreign agents” had received presidential grants for “socially oriented projects.”")]
    [TestCase("As of August 6, 7,476 persons were officially registered by the government as stateless.", "As of July 1, 7,476 persons were officially registered by the government as stateless.")]
    [TestCase("See the Department of State’s Trafficking in Persons Report at www.state.gov/trafficking-in-persons-report/.", "See the Department of State’s Trafficking in Persons Report at https://www.state.gov/trafficking-in-persons-report/.")]
    [TestCase("Human rights organizations and media outlets reported deaths due to torture or negligence by police or prison officers (see section 1.c.).", "Human rights organizations and media outlets reported deaths due to torture or negligence by police or prison officers.")]
    public void Classify_ReturnsRoutine_WhenADateIsRestatedOrAReferenceChanges(string before, string after)
    {
        Assert.That(ChangeClassifier.Classify(before, after, WordDiffer.Diff(before, after)), Is.EqualTo(ChangeKind.Routine));
    }

    [TestCase("In 2018 the government registered 12 parties.", "In 2018 the government registered 14 parties.")]
    [TestCase("The government continued with the extension of the ILO’s Decent Work Country Program until 2020.", "The government continued with the extension of the ILO’s Decent Work Country Program.")]
    [TestCase("As of August 6, 7,476 persons were officially registered by the government as stateless.", "As of July 1, 7,757 persons were officially registered by the government as stateless.")]
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
