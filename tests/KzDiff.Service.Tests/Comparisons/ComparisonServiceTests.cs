using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Comparisons;

[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class ComparisonServiceTests(StorageMode mode) : StoreTests
{
    private ComparisonService Comparisons => Store.Get<ComparisonService>();

    [SetUp]
    public async Task SetUp()
    {
        Store = await TestStore.CreateAsync(mode);
        await ImportAsync(Store, "ruritania-2022.txt", "ruritania-2023.txt", "freedonia-2023.txt");
    }

    [Test]
    public async Task RequestAsync_ReturnsSameComparisonAndEnqueuesOnce_WhenRequestedTwice()
    {
        var first = await Comparisons.RequestAsync("ruritania", 2022, 2023);
        var second = await Comparisons.RequestAsync("Ruritania", 2022, 2023);

        Assert.That(first.Created, Is.True);
        Assert.That(second.Created, Is.False);
        Assert.That(second.Comparison!.Id, Is.EqualTo(first.Comparison!.Id));
        Assert.That(Store.Scheduler.Enqueued, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RequestAsync_CreatesOneComparison_WhenIdenticalRequestsArriveAtOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Comparisons.RequestAsync("ruritania", 2022, 2023))));

        Assert.That(results.Select(r => r.Comparison!.Id).Distinct().Count(), Is.EqualTo(1));
        Assert.That(results.Count(r => r.Created), Is.EqualTo(1));
        Assert.That(Store.Scheduler.Enqueued, Has.Count.EqualTo(1));
        Assert.That(await Store.QueryAsync(db => db.Comparisons.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task RequestAsync_ComputesItsOwnComparison_WhenOtherTermsAreWatched()
    {
        var configured = await Comparisons.RequestAsync("ruritania", 2022, 2023);
        var same = await Comparisons.RequestAsync("ruritania", 2022, 2023, [.. KzDiff.Core.Comparison.Flags.FlagOptions.DefaultWatchTerms.Reverse()]);
        var other = await Comparisons.RequestAsync("ruritania", 2022, 2023, ["Militia", " border  guards "]);
        var otherAgain = await Comparisons.RequestAsync("ruritania", 2022, 2023, ["border guards", "militia"]);

        Assert.That(same.Comparison!.Id, Is.EqualTo(configured.Comparison!.Id), "the defaults in another order are the same set");
        Assert.That(configured.Comparison.EngineVersion, Is.EqualTo(Store.Get<IComparisonEngine>().Version));
        Assert.That(other.Comparison!.Id, Is.Not.EqualTo(configured.Comparison.Id));
        Assert.That(other.Comparison.EngineVersion, Does.StartWith(Store.Get<IComparisonEngine>().Version + "+t"));
        Assert.That(otherAgain.Comparison!.Id, Is.EqualTo(other.Comparison.Id), "case and spacing do not make another set");
        var stored = await Store.QueryAsync(db => db.Comparisons.Where(c => c.Id == other.Comparison.Id).Select(c => c.WatchTerms).SingleAsync());
        Assert.That(stored, Is.EqualTo("border guards\nMilitia"));
    }

    [Test]
    public async Task RequestAsync_RefusesTerms_WhenTheyAreUnusable()
    {
        var result = await Comparisons.RequestAsync("ruritania", 2022, 2023, ["torture", new string('x', 61)]);

        Assert.That(result.Error, Is.EqualTo(ComparisonRequestError.InvalidTerms));
        Assert.That(result.ErrorDetail, Does.Contain("1 to 60 characters").And.Not.Contain("Parameter"));
        Assert.That(Store.Scheduler.Enqueued, Is.Empty);
    }

    [TestCase("ruritania", 2023, 2023, ComparisonRequestError.InvalidYears)]
    [TestCase("ruritania", 2023, 2022, ComparisonRequestError.InvalidYears)]
    [TestCase("atlantis", 2022, 2023, ComparisonRequestError.UnknownCountry)]
    [TestCase("ruritania", 2020, 2023, ComparisonRequestError.EditionNotStored)]
    [TestCase("freedonia", 2023, 2024, ComparisonRequestError.EditionNotStored)]
    public async Task RequestAsync_RefusesAndStoresNothing_WhenRequestIsInvalid(string country, int from, int to, ComparisonRequestError error)
    {
        var result = await Comparisons.RequestAsync(country, from, to);

        Assert.That(result.Error, Is.EqualTo(error));
        Assert.That(result.ErrorDetail, Is.Not.Empty);
        Assert.That(await Store.QueryAsync(db => db.Comparisons.CountAsync()), Is.Zero);
        Assert.That(Store.Scheduler.Enqueued, Is.Empty);
    }

    [Test]
    public async Task RunAsync_StoresResultOnce_WhenRunTwice()
    {
        var id = (await Comparisons.RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;

        await Store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        await Store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);

        var view = await Comparisons.GetAsync(id);
        Assert.That(view!.Status, Is.EqualTo(ComparisonState.Succeeded));
        Assert.That((view.Progress, view.Attempts, view.Computations), Is.EqualTo((100, 1, 1)));
        var result = await Comparisons.GetResultAsync(id);
        Assert.That(result!.Old.Year, Is.EqualTo(2022));
        Assert.That(result.New.Year, Is.EqualTo(2023));
        Assert.That(result.Statistics.SentencesModified + result.Statistics.SentencesAdded, Is.GreaterThan(0));
        Assert.That(await Comparisons.GetResultJsonAsync(id), Does.Contain("\"sections\""));
    }

    [Test]
    public async Task FindAsync_ReturnsRequestedComparison_WhenSameYearsAsked()
    {
        var id = (await Comparisons.RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;

        Assert.That((await Comparisons.FindAsync("ruritania", 2022, 2023))!.Id, Is.EqualTo(id));
        Assert.That(await Comparisons.FindAsync("freedonia", 2022, 2023), Is.Null);
    }

    private static async Task ImportAsync(TestStore Store, params string[] files)
    {
        foreach (var file in files)
        {
            var result = await Store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }
}
