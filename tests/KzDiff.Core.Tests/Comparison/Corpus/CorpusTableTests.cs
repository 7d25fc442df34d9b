using KzDiff.Core.Comparison.Corpus;

namespace KzDiff.Core.Tests.Comparison.Corpus;

public sealed class CorpusTableTests
{
    [Test]
    public void Build_CountsVanishedAppearedAndRenamed_PerTemplateTitle()
    {
        var observations = new[]
        {
            new CorpusObservation("aland", ["Women", "HIV and AIDS Social Stigma"], ["Women", "Other Societal Violence"], [("Women", "Women"), ("HIV and AIDS Social Stigma", "Other Societal Violence")], []),
            new CorpusObservation("borduria", ["Women", "HIV and AIDS Social Stigma"], ["Women"], [("Women", "Women")], []),
            new CorpusObservation("carpania", ["Women", "HIV and AIDS Social Stigma"], ["Women", "Other Societal Violence"], [("Women", "Women"), ("HIV and AIDS Social Stigma", "Other Societal Violence")], []),
            new CorpusObservation("dorado", ["Women"], ["Women", "Acts of Antisemitism"], [("Women", "Women")], []),
        };

        var table = CorpusTable.Build(observations);

        var stigma = table.Single(i => i.Title == "HIV and AIDS Social Stigma");
        var women = table.Single(i => i.Title == "Women");
        Assert.Multiple(() =>
        {
            Assert.That(stigma.Countries, Is.EqualTo(3));
            Assert.That(stigma.Vanished, Is.EqualTo(1));
            Assert.That(stigma.RenamedTo.Select(r => (r.Title, r.Countries)), Is.EqualTo(new[] { ("Other Societal Violence", 2) }));
            Assert.That(stigma.RenamedTo[0].In, Is.EqualTo(new[] { "aland", "carpania" }), "the reports behind the count, for links");
            Assert.That(stigma.VanishedIn, Is.EqualTo(new[] { "borduria" }));
            Assert.That(women.Vanished, Is.Zero);
            Assert.That(women.Countries, Is.EqualTo(4));
            Assert.That(table.First(), Is.EqualTo(stigma), "most vanished first");
            Assert.That(table.Select(i => i.Title), Does.Not.Contain("Acts of Antisemitism"), "one report is no template");
        });
    }
}
