using System.Diagnostics;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;
using KzDiff.Service.Trends;

namespace KzDiff.Service.Tests.Trends;

/// <summary>
/// Reproduces the table Inside Climate News published from the 2023 and 2024 reports: 17 terms
/// counted case-insensitively over all report paragraphs of every country.
/// </summary>
[Category("Corpus")]
public sealed class TrendsCorpusTests
{
    private static readonly string[] Terms =
    [
        "human rights", "defender", "journalis", "democ", "lgbt", "women", "gender", "indigenous", "refugee",
        "corrupt", "torture", "oppress", "censor", "forest", "logging", "environmental", "climate change",
    ];

    [Test]
    public async Task QueryAsync_MatchesPublishedCounts_WhenEvery2023And2024EditionImported()
    {
        var corpus = TestEnvironment.RequireCorpus();
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);
        var files = new[] { 2023, 2024 }
            .SelectMany(y => FolderImporter.FindEditionFiles(Path.Combine(corpus, "state-gov", y.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToArray();
        var imported = await store.Get<FolderImporter>().ImportFilesAsync(files);
        Assert.That(imported.Failed, Is.Zero);

        var trends = store.Get<TrendService>();
        var clock = Stopwatch.StartNew();
        var report = await trends.QueryAsync(new TrendQuery(Terms, From: 2023, To: 2024));
        var cold = clock.Elapsed;
        clock.Restart();
        await trends.QueryAsync(new TrendQuery(["persecut", "death penalty", "internet"]));
        var warm = clock.Elapsed;
        TestContext.Out.WriteLine($"{files.Length} editions: first query (reads every text) {cold.TotalMilliseconds:F0} ms; new terms afterwards {warm.TotalMilliseconds:F0} ms");

        var y2023 = report.Years.Single(y => y.Year == 2023);
        var y2024 = report.Years.Single(y => y.Year == 2024);
        foreach (var year in report.Years)
        {
            TestContext.Out.WriteLine($"{year.Year}: {year.Reports} reports, {year.Words:N0} words, " + string.Join(", ", Terms.Select(t => $"{t} {year.Counts[t]}")));
        }

        Assert.Multiple(() =>
        {
            Assert.That(y2023.Reports, Is.EqualTo(191));
            Near(y2023.Words, 1_592_448, "2023 words");
            Near(y2023.Counts["lgbt"], 2_549, "2023 lgbt");
            Near(y2023.Counts["indigenous"], 695, "2023 indigenous");
            Near(y2023.Counts["torture"], 1_038, "2023 torture");
            Near(y2023.Counts["journalis"], 2_019, "2023 journalis");
            Assert.That(y2023.Counts["climate change"], Is.EqualTo(4), "2023 climate change");
            Assert.That(y2024.Reports, Is.InRange(191, 196));
            Assert.That(y2024.Counts["lgbt"], Is.EqualTo(1), "2024 lgbt");
            Near(y2024.Counts["indigenous"], 31, "2024 indigenous", allowed: 0);
            Near(y2024.Counts["torture"], 669, "2024 torture");
            Assert.That(y2024.Counts["climate change"], Is.Zero, "2024 climate change");
        });
    }

    private static void Near(long ours, long theirs, string what, double? allowed = null)
    {
        // Within 0.5%, and at least exact for small numbers where 0.5% is less than one.
        var tolerance = allowed ?? Math.Floor(theirs * 0.005);
        Assert.That(ours, Is.InRange(theirs - tolerance, theirs + tolerance), what);
    }
}
