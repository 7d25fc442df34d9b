using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Tests.Support;

namespace KzDiff.Service.Tests.Lineage;

public sealed class LineageTests
{
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp() => store = await TestStore.CreateAsync(StorageMode.Embedded);

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task GetHistoryAsync_FollowsSectionThroughRename_WhenImportedInYearOrder()
    {
        var (older, newer) = await ImportAsync("ruritania-2022.txt", "ruritania-2023.txt");

        var oldSection = await SectionAsync(older, "Freedom of Speech and Press");
        var newSection = await SectionAsync(newer, "Freedom of Expression, Including for the Press");
        Assert.That(newSection.LineageId, Is.EqualTo(oldSection.LineageId));

        var history = await store.Get<SectionHistoryService>().GetHistoryAsync("Ruritania", newSection.LineageId);
        Assert.That(history!.Years.Select(y => y.Year), Is.EqualTo(new[] { 2022, 2023 }));
        Assert.That(history.Years[0].Title, Does.Contain("Speech and Press"));
        Assert.That(history.CurrentTitle, Does.Contain("Expression"));
        Assert.That(history.Years[1].Words, Is.GreaterThan(history.Years[0].Words), "2023 added a sentence");
    }

    [Test]
    public async Task ListSectionsAsync_SharesLineageWithNextYear_WhenOlderEditionImportedLater()
    {
        var (newer, older) = await ImportAsync("ruritania-2023.txt", "ruritania-2022.txt");

        var oldSections = await store.Get<SectionHistoryService>().ListSectionsAsync(older);
        var newSections = await store.Get<SectionHistoryService>().ListSectionsAsync(newer);
        var torture = (Old: oldSections.Single(s => s.Title.Contains("Torture")), New: newSections.Single(s => s.Title.Contains("Torture")));
        Assert.That(torture.Old.LineageId, Is.EqualTo(torture.New.LineageId));
        Assert.That(oldSections.Select(s => s.LineageId).Distinct().Count(), Is.EqualTo(oldSections.Count), "each lineage once per edition");
    }

    [Test]
    public async Task GetHistoryAsync_ReturnsNull_WhenLineageUnknown()
    {
        await ImportAsync("ruritania-2022.txt", "ruritania-2023.txt");

        Assert.That(await store.Get<SectionHistoryService>().GetHistoryAsync("ruritania", "000000000000"), Is.Null);
    }

    private async Task<(Guid First, Guid Second)> ImportAsync(string first, string second)
    {
        var importer = store.Get<EditionImporter>();
        var a = await importer.ImportAsync(TestData.Bytes(first), first);
        var b = await importer.ImportAsync(TestData.Bytes(second), second);
        Assert.That(a.Outcome, Is.EqualTo(ImportOutcome.Imported), a.Error);
        Assert.That(b.Outcome, Is.EqualTo(ImportOutcome.Imported), b.Error);
        return (a.Edition!.Id, b.Edition!.Id);
    }

    private async Task<SectionLineage> SectionAsync(Guid edition, string titlePart) =>
        (await store.Get<SectionHistoryService>().ListSectionsAsync(edition)).Single(s => s.Title.Contains(titlePart));
}
