using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KzDiff.Service.Tests.Editions;

[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class EditionAddressBackfillTests(StorageMode mode) : StoreTests
{
    [SetUp]
    public async Task SetUp() => Store = await TestStore.CreateAsync(mode);

    [Test]
    public async Task BackfillAsync_ReadsThePagesCanonicalLinkOnce_WhenEditionWasImportedBeforeAddresses()
    {
        var page = Path.Combine(TestEnvironment.RequireCorpus(), "state-gov", "2019", "kazakhstan.html");
        var imported = await Store.Get<EditionImporter>().ImportAsync(await File.ReadAllBytesAsync(page), "kazakhstan.html");
        Assert.That(imported.Outcome, Is.EqualTo(ImportOutcome.Imported), imported.Error);
        await ImportTextAsync("ruritania-2022.txt");
        var id = await Store.QueryAsync(db => db.Editions.Where(e => e.CountryKey == "kazakhstan").Select(e => e.Id).SingleAsync());
        var address = StoredEditionJson.Read(await TreeAsync(id)).Metadata.Address;
        Assert.That(address, Does.StartWith("https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan"));

        // As stored by a build that did not keep addresses.
        var before = StoredEditionJson.Read(await TreeAsync(id));
        var old = StoredEditionJson.Write(before with { Metadata = before.Metadata with { Address = null } });
        await Store.QueryAsync(db => db.EditionContents.Where(c => c.EditionId == id).ExecuteUpdateAsync(c => c.SetProperty(r => r.TreeJson, old)));

        var backfill = new EditionAddressBackfill(Store.Get<IDbContextFactory<KzDiffDbContext>>(), Store.Get<EditionTreeCache>(), NullLogger<EditionAddressBackfill>.Instance);
        Assert.That(await backfill.BackfillAsync(CancellationToken.None), Is.EqualTo(1), "the page names its address; the text file names none");
        Assert.That(StoredEditionJson.Read(await TreeAsync(id)).Metadata.Address, Is.EqualTo(address));
        Assert.That((await Store.Get<EditionTreeCache>().GetAsync(id))!.Metadata.Address, Is.EqualTo(address), "new comparisons read the address at once");
        Assert.That(await backfill.BackfillAsync(CancellationToken.None), Is.Zero, "a second start has nothing to do");

        async Task ImportTextAsync(string file)
        {
            var result = await Store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    private Task<string> TreeAsync(Guid id) =>
        Store.QueryAsync(db => db.EditionContents.Where(c => c.EditionId == id).Select(c => c.TreeJson).SingleAsync());
}
