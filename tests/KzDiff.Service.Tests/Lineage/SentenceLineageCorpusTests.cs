using System.Diagnostics;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Tests.Support;

namespace KzDiff.Service.Tests.Lineage;

/// <summary>Sentence lineage of Kazakhstan 2016-2024, with sentences checked by hand against the pages.</summary>
[Category("Corpus")]
public sealed class SentenceLineageCorpusTests
{
    [Test]
    public async Task ComputeAsync_TracesKazakhstanSentences_AsThePagesShow()
    {
        var corpus = TestEnvironment.RequireCorpus();
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);
        var files = Enumerable.Range(2016, 9).Select(y => Path.Combine(corpus, "state-gov", y.ToString(System.Globalization.CultureInfo.InvariantCulture), "kazakhstan.html")).ToArray();
        var imported = await store.Get<FolderImporter>().ImportFilesAsync(files);
        Assert.That(imported.Failed, Is.Zero);
        var edition = await store.Get<EditionCatalog>().FindEditionAsync("kazakhstan", 2024);
        var lineage = store.Get<SentenceLineageService>();

        var clock = Stopwatch.StartNew();
        var computed = await lineage.ComputeAsync(edition!.Id);
        var computeTime = clock.Elapsed;
        clock.Restart();
        var stored = await lineage.GetOrComputeAsync(edition.Id);
        var storedTime = clock.Elapsed;
        TestContext.Out.WriteLine($"Kazakhstan 2016-2024: computed (8 comparisons) in {computeTime.TotalMilliseconds:F0} ms; stored lineage read in {storedTime.TotalMilliseconds:F0} ms; {stored.Items.Count} sentences");
        Assert.That(stored.Items, Has.Count.EqualTo(computed.Items.Count));

        var y2023 = await store.Get<EditionCatalog>().FindEditionAsync("kazakhstan", 2023);
        var earlier = (await lineage.GetOrComputeAsync(y2023!.Id)).Items;
        Assert.Multiple(() =>
        {
            // Checked by hand against the state.gov pages of 2016-2024.
            Check(earlier, "Many privately owned newspapers and television stations received government subsidies.", 2016, 2016, []);
            Check(stored.Items, "There were no reports of coerced abortion or involuntary sterilization on the part of government authorities.", 2017, 2020, [2018, 2020]);
            Check(stored.Items, "Freedom House reported that the government throttled access to the internet during local protests.", 2024, 2024, []);
        });
    }

    private static void Check(IReadOnlyList<SentenceLineageItem> items, string sentence, int firstSeen, int unchangedSince, int[] rewordedIn)
    {
        var item = items.FirstOrDefault(i => i.Sentence == sentence);
        Assert.That(item, Is.Not.Null, sentence);
        Assert.That((item!.FirstSeen, item.UnchangedSince), Is.EqualTo((firstSeen, unchangedSince)), sentence);
        Assert.That(item.RewordedIn, Is.EqualTo(rewordedIn), sentence);
    }
}
