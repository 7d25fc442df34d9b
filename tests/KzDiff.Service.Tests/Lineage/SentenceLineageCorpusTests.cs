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
            // Checked by hand against the state.gov pages of 2016-2024 (each year's wording looked up in the page).
            Check(earlier, "Many privately owned newspapers and television stations received government subsidies.", 2016, 2016, []);
            Check(stored.Items, "Many privately owned newspapers and television stations received government subsidies.", 2016, 2016, []);
            Check(stored.Items, "According to media observers, the government wholly or partly owned most of the nationwide television broadcasters.", 2016, 2016, []);
            Check(stored.Items, "There were no reports of coerced abortion or involuntary sterilization on the part of government authorities.", 2017, 2020, [2018, 2020]);
            Check(stored.Items, "Independent media were limited.", 2019, 2023, [2020, 2023]);
            Check(stored.Items, "The government limited individuals’ ability to criticize the country’s leadership, and regional leaders attempted to limit criticism of their own actions.", 2016, 2021, [2021]);
            Check(stored.Items, "Many observers believed the government added progovernment postings and opinions in internet chat rooms.", 2016, 2017, [2017]);
            Check(stored.Items, "There were no reports the government or its agents committed arbitrary or unlawful killings during the year.", 2016, 2024, [2020, 2021, 2023, 2024]);
            // 2020 split "..., which must register" off it; 2021 split it in two sentences; 2023 put it in the past tense.
            Check(stored.Items, "Media law prohibited citizens from leaving anonymous comments on media outlet websites.", 2018, 2023, [2020, 2021, 2023]);
            // In 2023 the parser kept it inside the sentence before it ("... and Change.org. Freedom House ..."); 2024 has it alone.
            Check(stored.Items, "Freedom House reported that the government throttled access to the internet during local protests.", 2023, 2023, []);
            // "Kazakhtelecom" became "Kazakh Telecom" in 2020: words joined or split count as formatting, so only 2021 is a rewording.
            Check(stored.Items, "The government regulated the country’s internet providers, including Kazakh Telecom, in which the state owned a majority interest.", 2016, 2021, [2021]);
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
