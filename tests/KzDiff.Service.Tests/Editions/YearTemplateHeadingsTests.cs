using System.Text;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;

namespace KzDiff.Service.Tests.Editions;

public sealed class YearTemplateHeadingsTests
{
    // A fictional page whose sub-heading "Exile Monitoring" (no built-in template heading) is an h4, or a plain paragraph.
    private static string Page(string country, bool asHeading) =>
        "<!DOCTYPE html><html><head><title>" + country + " - United States Department of State</title>"
        + "<link rel=\"canonical\" href=\"https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/" + country.ToLowerInvariant() + "/\" /></head><body>"
        + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Section 1. Respect for the Integrity of the Person</h2>"
        + "<h3>e. Denial of Fair Public Trial</h3><h4>Political Prisoners and Detainees</h4><p>There were political prisoners in " + country + ".</p>"
        + (asHeading ? "<h4>Exile Monitoring</h4>" : "<p>Exile Monitoring</p>")
        + "<p>Exiles from " + country + " were watched abroad.</p></section></div></body></html>";

    [Test]
    public async Task ImportAsync_ReadsPlainParagraphAsHeading_OnceTheYearsReportsCarryIt()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);
        var importer = store.Get<EditionImporter>();

        var early = await importer.ImportAsync(Encoding.UTF8.GetBytes(Page("Freedonia", asHeading: false)), "freedonia.html");
        foreach (var country in new[] { "Aland", "Borduria", "Carpania", "Dorado", "Elbonia" })
        {
            var result = await importer.ImportAsync(Encoding.UTF8.GetBytes(Page(country, asHeading: true)), country + ".html");
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }

        var late = await importer.ImportAsync(Encoding.UTF8.GetBytes(Page("Veloria", asHeading: false)), "veloria.html");

        async Task<List<string>> TitlesAsync(ImportResult result) =>
            [.. (await store.Get<EditionTreeCache>().GetAsync(result.Edition!.Id))!.Root.DescendantsAndSelf().Select(n => n.Title)];
        Assert.That(await TitlesAsync(early), Does.Not.Contain("Exile Monitoring"), "a lone report of the year knows only the built-in headings");
        Assert.That(await TitlesAsync(late), Does.Contain("Exile Monitoring"), "five reports of 2021 carry it as a heading");
    }

    [Test]
    public async Task ImportFolderAsync_ReadsPlainParagraphAsHeading_WhenTheFolderBringsFiveReportsCarryingIt()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);
        var folder = store.Get<ResolvedPaths>().EditionsFolder;
        Directory.CreateDirectory(folder);
        foreach (var country in new[] { "Aland", "Borduria", "Carpania", "Dorado", "Elbonia" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, country + ".html"), Page(country, asHeading: true));
        }

        // The folder's one plain-paragraph page: its first tree has no such heading, so it must be built again.
        await File.WriteAllTextAsync(Path.Combine(folder, "veloria.html"), Page("Veloria", asHeading: false));

        var summary = await store.Get<FolderImporter>().ImportFolderAsync(folder);

        Assert.That(summary.Results.Select(r => r.Outcome), Is.EqualTo(Enumerable.Repeat(ImportOutcome.Imported, 6)));
        var veloria = summary.Results.Single(r => r.SourceName == "veloria.html").Edition!;
        var tree = (await store.Get<EditionTreeCache>().GetAsync(veloria.Id))!;
        var exile = tree.Root.DescendantsAndSelf().SingleOrDefault(n => n.Title == "Exile Monitoring");
        Assert.That(exile, Is.Not.Null, "five reports of 2021 in the folder carry it as a heading");
        Assert.That(exile!.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Exiles from Veloria were watched abroad." }));
    }
}
