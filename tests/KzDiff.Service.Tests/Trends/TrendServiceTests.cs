using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;
using KzDiff.Service.Trends;

namespace KzDiff.Service.Tests.Trends;

public sealed class TrendServiceTests
{
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        store = await TestStore.CreateAsync(StorageMode.Embedded);
        var importer = store.Get<EditionImporter>();
        foreach (var name in new[] { "freedonia-2023.txt", "freedonia-2024.txt", "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            var result = await importer.ImportAsync(TestData.Bytes(name), name);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task QueryAsync_CountsAndRatesPerYear_WhenOneCountryAsked()
    {
        var report = await store.Get<TrendService>().QueryAsync(new TrendQuery(["election"], Country: "Freedonia"));

        Assert.That(report.Years.Select(y => y.Year), Is.EqualTo(new[] { 2023, 2024 }));
        var (y2023, y2024) = (report.Years[0], report.Years[1]);
        Assert.That((y2023.Reports, y2023.Words, y2023.Counts["election"]), Is.EqualTo((1, 29L, 1L)));
        Assert.That((y2024.Reports, y2024.Words, y2024.Counts["election"]), Is.EqualTo((1, 36L, 2L)), "'Elections' and 'elections' in one sentence");
        Assert.That(y2024.Rates["election"], Is.EqualTo(5555.56));
    }

    [Test]
    public async Task QueryAsync_AddsCountriesOfAYear_WhenNoCountryAsked()
    {
        var report = await store.Get<TrendService>().QueryAsync(new TrendQuery(["election", "journalis"], From: 2023, To: 2023));

        var year = report.Years.Single();
        Assert.That(year.Reports, Is.EqualTo(2));
        var ruritania = (await store.Get<TrendService>().QueryAsync(new TrendQuery(["election", "journalis"], From: 2023, To: 2023, Country: "ruritania"))).Years.Single();
        Assert.That(ruritania.Counts["journalis"], Is.GreaterThan(0));
        Assert.That(year.Counts["election"], Is.EqualTo(1 + ruritania.Counts["election"]));
        Assert.That(year.Words, Is.EqualTo(29 + ruritania.Words));
    }

    [Test]
    public async Task QueryAsync_CountsOnlyTheSection_WhenSectionAsked()
    {
        var report = await store.Get<TrendService>().QueryAsync(new TrendQuery(["election", "killings"], Country: "freedonia", Section: "executive-summary"));

        var y2023 = report.Years[0];
        Assert.That(y2023.Words, Is.EqualTo(19));
        Assert.That(y2023.Counts["election"], Is.EqualTo(1));
        Assert.That(y2023.Counts["killings"], Is.Zero, "'killings' stands only in section 1");
    }

    [Test]
    public void QueryAsync_Throws_WhenFromAfterTo()
    {
        var ex = Assert.ThrowsAsync<TrendQueryException>(() => store.Get<TrendService>().QueryAsync(new TrendQuery(["x"], From: 2024, To: 2023)));
        Assert.That(ex!.Field, Is.EqualTo("from"));
    }

    [Test]
    public async Task SentencesAsync_ListsEachSentenceOnce_WhenTermTwiceInIt()
    {
        var page = await store.Get<TrendService>().SentencesAsync("ELECTION", 2024, country: "freedonia");

        Assert.That(page.Total, Is.EqualTo(1));
        var item = page.Items.Single();
        Assert.That(item.Sentence, Does.StartWith("Elections in 2022 were marred by irregularities, and the 2024 local elections"));
        Assert.That(item.SectionTitle, Is.EqualTo("Executive Summary"));
        Assert.That(item.CountryName, Is.EqualTo("Freedonia"));
    }

    [Test]
    public async Task SentencesAsync_Pages_WhenMoreSentencesThanPageSize()
    {
        var trends = store.Get<TrendService>();
        var first = await trends.SentencesAsync("the", 2023, pageSize: 2);
        var second = await trends.SentencesAsync("the", 2023, page: 2, pageSize: 2);

        Assert.That(first.Total, Is.GreaterThan(3));
        Assert.That(first.Items, Has.Count.EqualTo(2));
        Assert.That(second.Items.Select(i => i.Sentence), Is.Not.EquivalentTo(first.Items.Select(i => i.Sentence)));
        Assert.ThrowsAsync<TrendQueryException>(() => trends.SentencesAsync("the", 2023, pageSize: TrendService.MaxPageSize + 1));
    }

    [Test]
    public async Task QueryAsync_CountsANewEdition_WhenImportedAfterAQuery()
    {
        var trends = store.Get<TrendService>();
        await trends.QueryAsync(new TrendQuery(["election"]));
        await store.Get<EditionImporter>().ImportAsync(TestData.Bytes("ruritania-2023-corrected.txt"), "ruritania-2023-corrected.txt");

        var year = (await trends.QueryAsync(new TrendQuery(["election"], From: 2023, To: 2023))).Years.Single();
        Assert.That(year.Reports, Is.EqualTo(2), "the new revision replaces the old one, it is not added to it");
        Assert.That(store.Get<TrendIndex>().Loaded, Is.EqualTo(5));
    }
}
