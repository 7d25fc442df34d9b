using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Editions;

[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class EditionBatchImporterTests(StorageMode mode) : StoreTests
{
    private static readonly string[] Files = ["freedonia-2023.txt", "freedonia-2024.txt", "ruritania-2022.txt", "ruritania-2023.txt", "ruritania-2023-corrected.txt"];

    private string folder = null!;

    [SetUp]
    public async Task SetUp()
    {
        Store = await TestStore.CreateAsync(mode);
        folder = Store.Get<ResolvedPaths>().EditionsFolder;
        Directory.CreateDirectory(folder);
        foreach (var name in Files)
        {
            File.Copy(TestData.PathOf(name), Path.Combine(folder, name));
        }
    }

    [Test]
    public async Task ImportFolderAsync_StoresEachEditionOnce_WhenTwoProcessesImportTheSameFolderAtOnce()
    {
        await using var other = await SecondProcessAsync();

        var summaries = await Task.WhenAll(
            Store.Get<FolderImporter>().ImportFolderAsync(folder),
            other.Get<FolderImporter>().ImportFolderAsync(folder));

        var results = summaries.SelectMany(s => s.Results).ToList();
        Assert.That(results.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => r.Error), Is.Empty);
        Assert.That(results.Count(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.NewRevision), Is.EqualTo(Files.Length), "each file stored by one of the two");
        Assert.That(results.Count(r => r.Outcome == ImportOutcome.Unchanged), Is.EqualTo(Files.Length), "and found stored by the other");
        await AssertStoredOnceAsync();
    }

    [Test]
    public async Task ImportAsync_StoresOneEdition_WhenTwoProcessesImportTheSameBytesAtOnce()
    {
        await using var other = await SecondProcessAsync();
        var bytes = TestData.Bytes("freedonia-2023.txt");

        var results = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => (i % 2 == 0 ? Store : other).Get<EditionImporter>().ImportAsync(bytes, "freedonia-2023.txt")));

        Assert.That(results.Count(r => r.Outcome == ImportOutcome.Imported), Is.EqualTo(1));
        Assert.That(results.Count(r => r.Outcome == ImportOutcome.Unchanged), Is.EqualTo(5));
        var edition = results.Single(r => r.Outcome == ImportOutcome.Imported).Edition!;
        Assert.That(await Store.QueryAsync(db => db.Editions.CountAsync()), Is.EqualTo(1));
        Assert.That(await Store.QueryAsync(db => db.Sections.CountAsync()), Is.EqualTo(edition.Sections + 1), "one set of section rows");
    }

    [Test]
    public async Task ImportFolderAsync_GivesTheLineageOfOneByOneImports_WhenImportingManyYears()
    {
        await using var oneByOne = await TestStore.CreateAsync(mode);
        foreach (var file in FolderImporter.FindEditionFiles(folder))
        {
            var single = await oneByOne.Get<EditionImporter>().ImportAsync(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            Assert.That(single.Outcome, Is.Not.EqualTo(ImportOutcome.Failed), single.Error);
        }

        var summary = await Store.Get<FolderImporter>().ImportFolderAsync(folder);

        Assert.That((summary.Imported, summary.NewRevisions, summary.Failed), Is.EqualTo((4, 1, 0)));
        var batch = await LineageGroupsAsync(Store);
        Assert.That(batch.Count(g => g.Count > 1), Is.GreaterThan(5), "sections carried from year to year");
        Assert.That(batch, Is.EquivalentTo(await LineageGroupsAsync(oneByOne)));
    }

    [Test]
    public async Task ImportFolderAsync_ReadsTheLinkedFile_WhenAnEditionIsASymbolicLink()
    {
        // A link's own size is the length of its target's path: reading that many bytes refused every linked file once.
        var elsewhere = Directory.CreateTempSubdirectory("kzdiff-linked-").FullName;
        try
        {
            var target = Path.Combine(elsewhere, "freedonia-2024.txt");
            File.Move(Path.Combine(folder, "freedonia-2024.txt"), target);
            File.CreateSymbolicLink(Path.Combine(folder, "freedonia-2024.txt"), target);

            var summary = await Store.Get<FolderImporter>().ImportFolderAsync(folder);

            Assert.That(summary.Results.Where(r => r.Outcome == ImportOutcome.Failed).Select(r => r.Error), Is.Empty);
            Assert.That((summary.Imported, summary.NewRevisions), Is.EqualTo((4, 1)));
            var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(target)));
            var stored = await Store.QueryAsync(db => db.Editions.SingleAsync(e => e.CountryKey == "freedonia" && e.Year == 2024));
            Assert.That(stored.Sha256, Is.EqualTo(sha256), "the target's bytes, stored whole");
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Test]
    public async Task ImportFolderAsync_WritesOneSummaryRunPerCountry_ForItsNewestEditionWithOneBefore()
    {
        await Store.Get<FolderImporter>().ImportFolderAsync(folder);

        var summarised = await Store.QueryAsync(db => db.ChangeSummaryRuns
            .Join(db.Editions, r => r.EditionId, e => e.Id, (r, e) => new { e.CountryKey, e.Year, e.Revision })
            .OrderBy(e => e.CountryKey)
            .ToListAsync());
        // One by one in year order, 2023 would have been Freedonia's newest for a moment, and summarised.
        Assert.That(summarised.Select(e => (e.CountryKey, e.Year, e.Revision)), Is.EqualTo(new[] { ("freedonia", 2024, 1), ("ruritania", 2023, 2) }));
    }

    [Test]
    public async Task ImportFolderAsync_StoresTheSameBytesOnce_WhenTwoFilesHoldThem()
    {
        File.Copy(TestData.PathOf("freedonia-2023.txt"), Path.Combine(folder, "freedonia-2023-copy.txt"));

        var summary = await Store.Get<FolderImporter>().ImportFolderAsync(folder);

        var copies = summary.Results.Where(r => r.SourceName.StartsWith("freedonia-2023", StringComparison.Ordinal)).ToList();
        Assert.That(copies.Select(r => r.Outcome), Is.EquivalentTo(new[] { ImportOutcome.Imported, ImportOutcome.Unchanged }));
        Assert.That(copies[0].Edition!.Id, Is.EqualTo(copies[1].Edition!.Id));
        await AssertStoredOnceAsync();
    }

    // Another process on the same store: services of their own, the same database.
    private Task<TestStore> SecondProcessAsync() =>
        TestStore.CreateAsync(mode, settings: new Dictionary<string, string?> { ["KzDiff:Storage:ConnectionString"] = Store.ConnectionString });

    private async Task AssertStoredOnceAsync()
    {
        var editions = await Store.QueryAsync(db => db.Editions.AsNoTracking().ToListAsync());
        Assert.That(editions, Has.Count.EqualTo(Files.Length));
        Assert.That(editions.Select(e => (e.CountryKey, e.Year, e.Revision)), Is.Unique);
        var sections = await Store.QueryAsync(db => db.Sections.CountAsync());
        Assert.That(sections, Is.EqualTo(editions.Sum(e => e.SectionCount + 1)), "one set of section rows per edition");
    }

    // Lineage ids are random: what must agree is which sections share one.
    private static async Task<List<List<string>>> LineageGroupsAsync(TestStore Store)
    {
        var rows = await Store.QueryAsync(db => db.Sections.AsNoTracking()
            .Join(db.Editions, s => s.EditionId, e => e.Id, (s, e) => new { s.LineageId, e.CountryKey, e.Year, e.Revision, s.Path })
            .ToListAsync());
        return [.. rows
            .GroupBy(r => r.LineageId)
            .Select(g => g.Select(r => $"{r.CountryKey} {r.Year}.{r.Revision} {r.Path}").Order(StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal)];
    }
}
