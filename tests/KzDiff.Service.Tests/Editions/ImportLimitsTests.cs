using System.Text;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;

namespace KzDiff.Service.Tests.Editions;

/// <summary>The import limits of appsettings.json (KzDiff:Import) are the parser's limits.</summary>
public sealed class ImportLimitsTests
{
    [TestCase("MaxHeadings", "3")]
    [TestCase("MaxSections", "3")]
    public async Task ImportAsync_FailsNamingTheLimit_WhenConfiguredLimitIsBelowTheEdition(string key, string value)
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded, settings: new Dictionary<string, string?> { [$"KzDiff:Import:{key}"] = value });

        var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt");

        Assert.That((result.Outcome, result.Failure), Is.EqualTo((ImportOutcome.Failed, ImportFailure.Unreadable)));
        Assert.That(result.Error, Does.Contain(key));
    }

    [Test]
    public async Task ImportAsync_FailsNamingTheLimit_WhenConfiguredNestingDepthIsBelowThePage()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded, settings: new Dictionary<string, string?> { ["KzDiff:Import:MaxNestingDepth"] = "5" });
        var page = "<html><head><title>Veloria - United States Department of State</title></head><body><div id=\"report_content\">"
            + "<section class=\"report__content__inner\"><h2>Executive Summary</h2><div><div><div><p>Deep.</p></div></div></div></section></div></body></html>";

        var result = await store.Get<EditionImporter>().ImportAsync(Encoding.UTF8.GetBytes(page), "veloria-2023.html");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(result.Error, Does.Contain("MaxNestingDepth"));
    }

    [Test]
    public async Task ImportAsync_StoresEdition_WhenLimitsAreTheDefaults()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);

        var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
    }

}
