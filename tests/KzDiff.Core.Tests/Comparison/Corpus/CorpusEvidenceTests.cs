using System.Collections.Immutable;
using System.Text;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Comparison.Corpus;

public sealed class CorpusEvidenceTests
{
    private const string OldTitle = "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings";
    private const string NewTitle = "a. Extrajudicial Killings";

    [Test]
    public void Build_LearnsRename_WhenMostReportsMadeIt()
    {
        var evidence = CorpusEvidence.Build([Renamed("aland"), Renamed("borduria"), Renamed("carpania"), Kept("dorado")]);

        var rename = evidence.RenamesOf(OldTitle).Single();
        Assert.Multiple(() =>
        {
            Assert.That(rename.NewTitle, Is.EqualTo(NewTitle));
            Assert.That(rename.Reports, Is.EqualTo(3));
            Assert.That(rename.Carriers, Is.EqualTo(3), "dorado kept the old title and could not rename it");
            Assert.That(rename.Explanation, Is.EqualTo("renamed the same way in 3 of 3 reports"));
            Assert.That(evidence.Version, Is.Not.EqualTo(CorpusEvidence.None.Version));
        });
    }

    [Test]
    public void Build_LeavesOutTheComparedCountry_AndLearnsNothingFromTooFewReports()
    {
        var observations = new[] { Renamed("aland"), Renamed("borduria"), Renamed("carpania") };

        Assert.That(CorpusEvidence.Build(observations, exceptCountry: "carpania").RenamesOf(OldTitle), Is.Empty);
        Assert.That(CorpusEvidence.Build([Renamed("aland")]).Reports, Is.EqualTo(1));
        Assert.That(CorpusEvidence.Build([Renamed("aland")]).RenamesOf(OldTitle), Is.Empty);
    }

    [Test]
    public void Build_KeepsOnlyTheStrongerRename_WhenTwoOldTitlesMergeIntoOne()
    {
        var observations = Enumerable.Range(0, 5).Select(i => Renamed("c" + i))
            .Concat(Enumerable.Range(0, 3).Select(i => new CorpusObservation("k" + i, ["Killings"], [NewTitle], [("Killings", NewTitle)], [])));

        var evidence = CorpusEvidence.Build(observations);

        Assert.That(evidence.RenamesOf(OldTitle), Has.Length.EqualTo(1));
        Assert.That(evidence.RenamesOf("Killings"), Is.Empty);
    }

    [Test]
    public void Compare_PairsTemplateRename_WhenOtherReportsMadeIt()
    {
        var older = Edition("Freedonia", 2023, "Section 1. Integrity", OldTitle, "Police shot two protesters in March. An inquiry began in May.");
        var newer = Edition("Freedonia", 2024, "Section 1. Integrity", NewTitle, "There were no reports of such killings this year.");
        var alone = EditionComparer.Compare(older, newer);
        Assume.That(alone.Sections.Any(s => s.Old?.Title == OldTitle && s.New?.Title == NewTitle), Is.False, "the engine alone has no reason to pair them");

        var evidence = CorpusEvidence.Build([Renamed("aland"), Renamed("borduria"), Renamed("carpania")]);
        var comparison = EditionComparer.Compare(older, newer, corpus: evidence);

        var pair = comparison.Sections.Single(s => s.Old?.Title == OldTitle);
        Assert.Multiple(() =>
        {
            Assert.That(pair.New?.Title, Is.EqualTo(NewTitle));
            Assert.That(pair.Renamed, Is.True);
            Assert.That(pair.Evidence, Does.Contain("renamed the same way in 3 of 3 reports"));
            Assert.That(comparison.EngineVersion, Is.EqualTo($"{EditionComparer.EngineVersion}+corpus.{evidence.Version}"));
        });
    }

    [Test]
    public void Compare_RefusesTemplateRename_WhenTheTextWentElsewhere()
    {
        const string Text = "Police shot two protesters in the capital in March and an inquiry into the shooting began in May under the prosecutor general.";
        var older = Edition("Freedonia", 2023, "Section 1. Integrity", OldTitle, Text);
        var newer = Edition("Freedonia", 2024, "Section 1. Integrity", NewTitle, "Nothing was reported this year about killings by the state.", "b. Shootings", Text);

        var evidence = CorpusEvidence.Build([Renamed("aland"), Renamed("borduria"), Renamed("carpania")]);
        var comparison = EditionComparer.Compare(older, newer, corpus: evidence);

        Assert.That(comparison.Sections.Single(s => s.Old?.Title == OldTitle).New?.Title, Is.EqualTo("b. Shootings"));
    }

    [Test]
    public void Compare_MarksTemplateEdit_WhenManyReportsMadeTheSameEdit()
    {
        var older = Edition("Freedonia", 2023, "Section 6. Discrimination", "Women", "The law protects LGBTI persons from violence in Freedonia.");
        var newer = Edition("Freedonia", 2024, "Section 6. Discrimination", "Women", "The law protects LGBTQI+ persons from violence in Freedonia.");
        var alone = EditionComparer.Compare(older, newer);
        var signature = CorpusObservation.From(alone).Edits.Single();
        var others = Enumerable.Range(0, 6).Select(i => new CorpusObservation("c" + i, [], [], [], [signature]));

        var comparison = EditionComparer.Compare(older, newer, corpus: CorpusEvidence.Build(others));

        var row = comparison.Sections.SelectMany(s => s.Sentences).Single(r => r.Status == SentenceStatus.Modified);
        Assert.That(row.Template, Is.EqualTo(new TemplateEdit(6)));
        Assert.That(alone.Sections.SelectMany(s => s.Sentences).Single(r => r.Status == SentenceStatus.Modified).Template, Is.Null);
    }

    private static CorpusObservation Renamed(string country) =>
        new(country, [OldTitle, "Women"], [NewTitle, "Women"], [(OldTitle, NewTitle), ("Women", "Women")], []);

    private static CorpusObservation Kept(string country) =>
        new(country, [OldTitle], [OldTitle], [(OldTitle, OldTitle)], []);

    private static Edition Edition(string country, int year, string section, params string[] headingsAndText)
    {
        var text = new StringBuilder($"{country.ToUpperInvariant()} {year} HUMAN RIGHTS REPORT\n\n{section}\n\n");
        for (var i = 0; i < headingsAndText.Length; i += 2)
        {
            text.Append(headingsAndText[i]).Append("\n\n").Append(headingsAndText[i + 1]).Append("\n\n");
        }

        return EditionParser.Parse(Encoding.UTF8.GetBytes(text.ToString()), $"{country.ToLowerInvariant()}-{year}.txt");
    }
}
