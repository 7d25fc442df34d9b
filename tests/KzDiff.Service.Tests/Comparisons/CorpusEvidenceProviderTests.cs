using System.Text;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KzDiff.Service.Tests.Comparisons;

[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class CorpusEvidenceProviderTests(StorageMode mode) : StoreTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    [SetUp]
    public async Task SetUp()
    {
        Store = await TestStore.CreateAsync(mode, services => services.AddSingleton<TimeProvider>(time));
        await ImportAsync(TestData.Bytes("ruritania-2022.txt"), "ruritania-2022.txt");
        await ImportAsync(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt");
    }

    [Test]
    public async Task VersionAsync_IsReadAgain_AfterAnImportAndNotBefore()
    {
        var corpus = Store.Get<CorpusEvidenceProvider>();
        var engine = Store.Get<IComparisonEngine>().Version;
        Assert.That(await corpus.VersionAsync("ruritania", 2022, 2023, CancellationToken.None), Is.EqualTo(engine), "no other country yet");

        await ImportAsync(Renamed("ruritania-2022.txt"), "borduria-2022.txt");
        await ImportAsync(Renamed("ruritania-2023.txt"), "borduria-2023.txt");
        var withBorduria = await corpus.VersionAsync("ruritania", 2022, 2023, CancellationToken.None);
        Assert.That(withBorduria, Does.StartWith(engine + "+corpus."), "an import is seen at once");

        // Changed behind this process's back (as another process would): the version is kept...
        var moved = await Store.QueryAsync(db => db.Editions.Where(e => e.CountryKey == "borduria" && e.Year == 2022).ExecuteUpdateAsync(e => e.SetProperty(r => r.Year, 2019)));
        Assert.That(moved, Is.EqualTo(1));
        Assert.That(await corpus.VersionAsync("ruritania", 2022, 2023, CancellationToken.None), Is.EqualTo(withBorduria), "read once per import, not per request");

        // ...for a minute at most.
        time.Advance(CorpusEvidenceProvider.PairsLifetime + TimeSpan.FromSeconds(1));
        Assert.That(await corpus.VersionAsync("ruritania", 2022, 2023, CancellationToken.None), Is.EqualTo(engine));
    }

    [Test]
    public async Task CorpusEvidenceWarmup_BuildsEvidenceOfTheWaitingComparisonsYears_BeforeAnyComparisonRuns()
    {
        await ImportAsync(Renamed("ruritania-2022.txt"), "borduria-2022.txt");
        await ImportAsync(Renamed("ruritania-2023.txt"), "borduria-2023.txt");
        await ImportAsync(TestData.Bytes("freedonia-2023.txt"), "freedonia-2023.txt");
        await ImportAsync(TestData.Bytes("freedonia-2024.txt"), "freedonia-2024.txt");
        var corpus = Store.Get<CorpusEvidenceProvider>();
        var warmup = ActivatorUtilities.CreateInstance<CorpusEvidenceWarmup>(Store.Services);
        Assert.That(await warmup.YearPairsAsync(CancellationToken.None), Is.EqualTo(new[] { (2023, 2024) }), "nothing waiting: the latest two years");

        var requested = await Store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023);
        Assert.That(requested.Comparison!.EngineVersion, Does.Contain("+corpus."));
        Assert.That(await warmup.YearPairsAsync(CancellationToken.None), Is.EqualTo(new[] { (2022, 2023) }), "the years a waiting comparison needs");
        Assert.That(corpus.Holds(2022, 2023), Is.False);

        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;
        await warmup.StopAsync(CancellationToken.None);

        Assert.That(corpus.Holds(2022, 2023), Is.True);
        Assert.That(corpus.Holds(2023, 2024), Is.False, "only what is waiting is built");
    }

    private static byte[] Renamed(string file) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(TestData.Bytes(file)).Replace("RURITANIA", "BORDURIA", StringComparison.Ordinal).Replace("Ruritania", "Borduria", StringComparison.Ordinal));

    private async Task ImportAsync(byte[] bytes, string name)
    {
        var result = await Store.Get<EditionImporter>().ImportAsync(bytes, name);
        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
    }
}
