using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Editions;

[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class EditionImporterTests(StorageMode mode) : StoreTests
{
    private EditionImporter Importer => Store.Get<EditionImporter>();

    [SetUp]
    public async Task SetUp() => Store = await TestStore.CreateAsync(mode);

    [Test]
    public async Task ImportAsync_StoresEditionWithCountsAndSections_WhenNew()
    {
        var result = await Importer.ImportAsync(TestData.Bytes("ruritania-2022.txt"), "ruritania-2022.txt");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        var edition = result.Edition!;
        Assert.That((edition.Country, edition.Year, edition.Revision, edition.IsLatest), Is.EqualTo(("ruritania", 2022, 1, true)));
        Assert.That(edition.Sentences, Is.GreaterThan(5));
        Assert.That(edition.Words, Is.GreaterThan(50));
        var sections = await Store.QueryAsync(db => db.Sections.CountAsync(s => s.EditionId == edition.Id));
        Assert.That(sections, Is.EqualTo(edition.Sections + 1), "one row per node, the document included");
        var tree = await Store.Get<EditionCatalog>().LoadEditionAsync(edition.Id);
        Assert.That(tree!.Root.DescendantsAndSelf().Count(), Is.EqualTo(sections));
    }

    [Test]
    public async Task ImportAsync_ReturnsUnchangedAndStoresNothing_WhenSameBytesImportedAgain()
    {
        var first = await Importer.ImportAsync(TestData.Bytes("ruritania-2022.txt"), "ruritania-2022.txt");
        var second = await Importer.ImportAsync(TestData.Bytes("ruritania-2022.txt"), "ruritania-copy.txt");

        Assert.That(second.Outcome, Is.EqualTo(ImportOutcome.Unchanged));
        Assert.That(second.Edition!.Id, Is.EqualTo(first.Edition!.Id));
        Assert.That(await Store.QueryAsync(db => db.Editions.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task ImportAsync_KeepsOldTextAsRevisionOne_WhenDifferentTextForStoredYearArrives()
    {
        var original = await Importer.ImportAsync(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt");
        var corrected = await Importer.ImportAsync(TestData.Bytes("ruritania-2023-corrected.txt"), "ruritania-2023.txt");

        Assert.That(corrected.Outcome, Is.EqualTo(ImportOutcome.NewRevision));
        Assert.That(corrected.Edition!.Revision, Is.EqualTo(2));
        var catalog = Store.Get<EditionCatalog>();
        Assert.That((await catalog.FindEditionAsync("ruritania", 2023))!.Id, Is.EqualTo(corrected.Edition.Id), "the latest revision is current");
        var first = await catalog.FindEditionAsync("ruritania", 2023, revision: 1);
        Assert.That(first!.Sha256, Is.EqualTo(original.Edition!.Sha256), "never a silent overwrite");
        Assert.That(first.IsLatest, Is.False);
    }

    [TestCase(new byte[0], ImportFailure.Empty)]
    [TestCase(new byte[] { 0x00, 0xFF, 0xFE, 0x00, 0x13, 0x37, 0x00, 0x00, 0xC3, 0x28 }, ImportFailure.Unreadable)]
    public async Task ImportAsync_FailsAndStoresNothing_WhenInputIsNotAnEdition(byte[] content, ImportFailure failure)
    {
        var result = await Importer.ImportAsync(content, "ruritania-2022.txt");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(result.Failure, Is.EqualTo(failure));
        Assert.That(result.Error, Is.Not.Empty);
        Assert.That(await Store.QueryAsync(db => db.Editions.CountAsync()), Is.Zero);
        var log = await Store.Get<EditionCatalog>().ListImportsAsync();
        Assert.That(log[0].Outcome, Is.EqualTo(ImportOutcome.Failed), "failures are kept with their reason");
    }

    [Test]
    public async Task ImportAsync_StoresOneEdition_WhenSameBytesImportedConcurrently()
    {
        var bytes = TestData.Bytes("freedonia-2023.txt");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Importer.ImportAsync(bytes, "freedonia-2023.txt")));

        Assert.That(results.Count(r => r.Outcome == ImportOutcome.Imported), Is.EqualTo(1));
        Assert.That(results.Count(r => r.Outcome == ImportOutcome.Unchanged), Is.EqualTo(5));
        Assert.That(await Store.QueryAsync(db => db.Editions.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task ImportFolderAsync_ReportsEachFile_WhenFolderMixesGoodAndBadFiles()
    {
        var folder = Path.Combine(Store.Get<ResolvedPaths>().EditionsFolder);
        Directory.CreateDirectory(folder);
        File.Copy(TestData.PathOf("ruritania-2022.txt"), Path.Combine(folder, "ruritania-2022.txt"));
        File.Copy(TestData.PathOf("ruritania-2023.txt"), Path.Combine(folder, "ruritania-2023.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken-2023.txt"), []);
        var progress = new List<ImportProgress>();

        var summary = await Store.Get<FolderImporter>().ImportFolderAsync(folder, new SynchronousProgress<ImportProgress>(progress.Add));
        var again = await Store.Get<FolderImporter>().ImportFolderAsync(folder);

        Assert.That((summary.Imported, summary.Failed), Is.EqualTo((2, 1)));
        Assert.That(progress.Select(p => p.Done), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That((again.Imported, again.Unchanged, again.Failed), Is.EqualTo((0, 2, 1)), "a second start imports only new and changed files");
    }

    [Test]
    public async Task ImportAsync_RefusesNamingBoth_WhenFileNameDisagreesWithTheTitle()
    {
        var text = "KAZAKHSTAN 2022 HUMAN RIGHTS REPORT\nExecutive Summary\nKazakhstan has a presidential system of government.\n"u8.ToArray();

        var result = await Importer.ImportAsync(text, "veloria-2024.txt");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(result.Error, Does.Contain("Kazakhstan 2022").And.Contain("veloria 2024"));
        Assert.That(await Store.QueryAsync(db => db.Editions.CountAsync()), Is.Zero, "nothing is stored under either name");
    }

    [Test]
    public async Task ImportAsync_TakesCountryAndYearFromTheTitle_WhenFileNameSaysNothing()
    {
        var text = "KAZAKHSTAN 2022 HUMAN RIGHTS REPORT\nExecutive Summary\nKazakhstan has a presidential system of government.\n"u8.ToArray();

        var result = await Importer.ImportAsync(text, "upload.txt");

        Assert.That((result.Edition?.Country, result.Edition?.Year), Is.EqualTo(("kazakhstan", (int?)2022)), result.Error);
    }

    [Test]
    public async Task ImportAsync_LogsWhoUploadedANewRevision()
    {
        await Importer.ImportAsync(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt");
        await Importer.ImportAsync(TestData.Bytes("ruritania-2023-corrected.txt"), "ruritania-2023.txt", uploadedBy: "rita");

        var latest = (await Store.Get<EditionCatalog>().ListImportsAsync(1))[0];

        Assert.That((latest.Outcome, latest.UploadedBy), Is.EqualTo((ImportOutcome.NewRevision, "rita")));
    }
}
