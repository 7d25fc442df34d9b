using System.Text;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// Fills the page tests' throwaway store through the real service: fictional editions imported,
/// the comparisons the tests open computed by <see cref="SampleEngine"/>, one left failed and one
/// held running. What the importer cannot produce (a country name full of markup, exact section
/// lengths for the history chart, a job stuck at 40 %) is written into the store's records.
/// </summary>
internal static class SampleStore
{
    /// <summary>Words of section 1.c of Freedonia per year, as the history chart must show them.</summary>
    public static readonly IReadOnlyDictionary<int, int> TortureWords = new Dictionary<int, int> { [2020] = 820, [2021] = 905, [2022] = 760, [2023] = 1130 };

    public const string HostileCountryName = "Hostilia <b>bold</b>";

    public const string FailedImportReason = "no report text found";

    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Imports and compares; returns the lineage id of Freedonia's section 1.c.</summary>
    public static async Task<string> SeedAsync(IServiceProvider services)
    {
        var importer = services.GetRequiredService<EditionImporter>();
        foreach (var year in new[] { 2020, 2021, 2022, 2023 })
        {
            var title = year == 2023 ? "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment" : "c. Torture and Other Cruel Punishment";
            await ImportAsync(importer, $"freedonia-{year}.txt", Report("FREEDONIA", year, title));
        }

        // A second text of 2023: revision 2.
        await ImportAsync(importer, "freedonia-2023-corrected.txt", Report("FREEDONIA", 2023, "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment", "A correction was issued."));
        await ImportAsync(importer, "hostilia-2022.txt", Report("HOSTILIA", 2022, "c. Torture"));
        await ImportAsync(importer, "hostilia-2023.txt", Report("HOSTILIA", 2023, "c. Torture"));
        await ImportAsync(importer, "sylvania-2023.txt", Report("SYLVANIA", 2023, "c. Torture"));
        var refused = await importer.RecordFailureAsync("sylvania-2024.txt", ImportFailure.Unreadable, FailedImportReason);
        Assert.That(refused.Outcome, Is.EqualTo(ImportOutcome.Failed));

        var contexts = services.GetRequiredService<IDbContextFactory<KzDiffDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Editions.Where(e => e.CountryKey == "hostilia").ExecuteUpdateAsync(s => s.SetProperty(e => e.CountryName, HostileCountryName));
            foreach (var (year, words) in TortureWords)
            {
                await db.Sections
                    .Where(s => s.CountryKey == "freedonia" && s.Path == "1.c" && db.Editions.Any(e => e.Id == s.EditionId && e.Year == year))
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.WordCount, words).SetProperty(r => r.SentenceCount, words / 25));
            }
        }

        var comparisons = services.GetRequiredService<ComparisonService>();
        var pairs = new[] { ("freedonia", 2022, 2023), ("freedonia", 2020, 2023), ("freedonia", 2021, 2022), ("hostilia", 2022, 2023), ("freedonia", 2021, 2023) };
        var ids = new List<Guid>();
        foreach (var (country, from, to) in pairs)
        {
            ids.Add((await comparisons.RequestAsync(country, from, to)).Comparison!.Id);
        }

        await WaitUntilFinishedAsync(comparisons, ids);
        await HoldRunningAsync(services, contexts, "freedonia", 2020, 2022);

        var latest = await services.GetRequiredService<EditionCatalog>().FindEditionAsync("freedonia", 2023);
        var sections = await services.GetRequiredService<SectionHistoryService>().ListSectionsAsync(latest!.Id);
        return sections.Single(s => s.Path == "1.c").LineageId;
    }

    private static async Task ImportAsync(EditionImporter importer, string name, string text)
    {
        var result = await importer.ImportAsync(Encoding.UTF8.GetBytes(text), name);
        Assert.That(result.Outcome, Is.AnyOf(ImportOutcome.Imported, ImportOutcome.NewRevision), $"{name}: {result.Error}");
    }

    private static string Report(string country, int year, string tortureTitle, string extra = "") => $"""
        {country} {year} HUMAN RIGHTS REPORT
        Executive Summary
        The country is a fictional presidential republic. In {year} the government held parliamentary elections. {extra}
        Section 1. Respect for the Integrity of the Person
        a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings
        There were no reports that the government committed arbitrary killings in {year}.
        {tortureTitle}
        The law prohibits torture, but human rights groups reported that police used it. Prison conditions were harsh.
        Section 2. Respect for Civil Liberties
        a. Freedom of Speech and Press
        The constitution provides for freedom of expression. Authorities blocked news websites.

        """;

    private static async Task WaitUntilFinishedAsync(ComparisonService comparisons, List<Guid> ids)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        foreach (var id in ids)
        {
            while ((await comparisons.GetAsync(id))!.Status is ComparisonState.Queued or ComparisonState.Running)
            {
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"sample comparison {id} did not finish within {JobTimeout}");
                }

                await Task.Delay(50);
            }
        }
    }

    /// <summary>A comparison that a live worker holds at 40 %: no job runs it, so it stays there while the tests look.</summary>
    private static async Task HoldRunningAsync(IServiceProvider services, IDbContextFactory<KzDiffDbContext> contexts, string country, int from, int to)
    {
        var catalog = services.GetRequiredService<EditionCatalog>();
        var older = await catalog.FindEditionAsync(country, from);
        var newer = await catalog.FindEditionAsync(country, to);
        var now = DateTime.UtcNow;
        await using var db = await contexts.CreateDbContextAsync();
        db.Comparisons.Add(new ComparisonRecord
        {
            Id = Guid.NewGuid(),
            CountryKey = country,
            FromYear = from,
            ToYear = to,
            FromEditionId = older!.Id,
            ToEditionId = newer!.Id,
            EngineVersion = services.GetRequiredService<IComparisonEngine>().Version,
            Status = ComparisonState.Running,
            Progress = 40,
            RequestedAt = now,
            StartedAt = now,
            Attempts = 1,
            LeaseOwner = "browser-tests",
            LeaseExpiresAt = now.AddDays(1),
        });
        await db.SaveChangesAsync();
    }
}
