using System.Text;
using KzDiff.Service.Configuration;
using KzDiff.Service.Corpus;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Service.Tests.Corpus;

public sealed class CorpusTableServiceTests
{
    private static readonly string[] Countries = ["Freedonia", "Borduria", "Carpania", "Dorado"];

    private TestStore store = null!;
    private RecordingCorpusTableScheduler scheduler = null!;

    [SetUp]
    public async Task SetUp()
    {
        store = await TestStore.CreateAsync(StorageMode.Embedded, services => services.AddSingleton<ICorpusTableScheduler, RecordingCorpusTableScheduler>());
        scheduler = (RecordingCorpusTableScheduler)store.Get<ICorpusTableScheduler>();
        foreach (var country in Countries)
        {
            foreach (var year in new[] { 2023, 2024 })
            {
                var result = await store.Get<EditionImporter>().ImportAsync(Edition(country, year), $"{country.ToLowerInvariant()}-{year}.txt");
                Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
            }
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task RequestAsync_QueuesOneJob_ThenAnswersFromTheStoredTable()
    {
        var tables = store.Get<CorpusTableService>();

        var first = await tables.RequestAsync(2023, 2024);
        var second = await tables.RequestAsync(2023, 2024);
        Assert.That((first!.Status, second!.Status), Is.EqualTo((ComparisonState.Queued, ComparisonState.Queued)));
        Assert.That(scheduler.Enqueued, Has.Count.EqualTo(1), "a second request while queued queues nothing");

        var computed = await tables.ComputeAsync(scheduler.Enqueued.Single());
        var ready = await tables.RequestAsync(2023, 2024);

        Assert.That(computed, Is.Not.Null);
        Assert.That(ready!.IsReady, Is.True);
        var document = CorpusTableJson.Read(ready.Json!);
        var killings = document.Items.Single(i => i.Title.StartsWith("a. Arbitrary Deprivation of Life", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(document.Countries, Is.EqualTo(4));
            Assert.That(killings.Countries, Is.EqualTo(4));
            Assert.That(killings.Vanished, Is.Zero);
            Assert.That(killings.RenamedTo.Select(r => (r.Title, r.Countries)), Is.EqualTo(new[] { ("a. Extrajudicial Killings", 4) }));
            Assert.That(killings.RenamedTo[0].In, Is.EqualTo(new[] { "borduria", "carpania", "dorado", "freedonia" }));
            var rename = document.TemplateRenames.Single(r => r.NewTitle == "a. Extrajudicial Killings");
            Assert.That((rename.Followed, rename.Carriers), Is.EqualTo((4, 4)), "in 4 of 4 reports");
            Assert.That(rename.Differing, Is.Empty);
        });
    }

    [Test]
    public async Task RequestAsync_ComputesAgain_AfterAnImportOfEitherYear()
    {
        var tables = store.Get<CorpusTableService>();
        await tables.RequestAsync(2023, 2024);
        await tables.ComputeAsync(scheduler.Enqueued.Single());
        var before = CorpusTableJson.Read((await tables.RequestAsync(2023, 2024))!.Json!);

        var imported = await store.Get<EditionImporter>().ImportAsync(Edition("Elbonia", 2024), "elbonia-2024.txt");
        await store.Get<EditionImporter>().ImportAsync(Edition("Elbonia", 2023), "elbonia-2023.txt");
        var after = await tables.RequestAsync(2023, 2024);

        Assert.That(imported.Outcome, Is.EqualTo(ImportOutcome.Imported));
        Assert.That(after!.IsReady, Is.False, "the stored table was made from fewer editions");
        Assert.That(scheduler.Enqueued, Has.Count.EqualTo(2));
        var recomputed = await tables.ComputeAsync(scheduler.Enqueued.Last());
        Assert.That((before.Countries, recomputed!.Countries), Is.EqualTo((4, 5)));
        Assert.That(recomputed.Version, Is.Not.EqualTo(before.Version));
    }

    [Test]
    public async Task RequestAsync_ReturnsNull_WhenNoCountryHasBothYears()
    {
        Assert.That(await store.Get<CorpusTableService>().RequestAsync(2019, 2020), Is.Null);
    }

    [Test]
    public async Task Csv_HasOneRowPerTitle_WithFormulaCharactersDefused()
    {
        var tables = store.Get<CorpusTableService>();
        await tables.RequestAsync(2023, 2024);
        var document = await tables.ComputeAsync(scheduler.Enqueued.Single());
        var hostile = document! with { Items = [document.Items[0] with { Title = "=HYPERLINK(\"x\")" }] };

        var csv = CorpusTableCsv.Write(hostile).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(csv[0], Is.EqualTo("title,reports,vanished,appeared,renamed_to,vanished_in"));
        Assert.That(csv[1], Does.StartWith("\"'=HYPERLINK(\"\"x\"\")\","));
        Assert.That(CorpusTableCsv.Write(document).Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(document.Items.Length + 1));
    }

    // Freedonia's sample editions under another name: the 2024 template renames 1.a in every report.
    private static byte[] Edition(string country, int year) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(TestData.Bytes($"freedonia-{year}.txt"))
            .Replace("FREEDONIA", country.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("Freedonia", country, StringComparison.Ordinal));
}
