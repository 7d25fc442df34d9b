using System.Collections.Concurrent;
using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Web.Ui;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// The pages' view of the service, held in memory: stored editions, ready comparisons, one
/// comparison that stays queued, section lineages and uploads.
/// </summary>
internal sealed class FakeKzDiffBackend : IEditionCatalogView, IComparisonView, ISectionHistoryView, IEditionUpload
{
    public const string TorturePathLineage = "lin-torture";

    private readonly ConcurrentDictionary<(string Country, int From, int To), EditionComparison> comparisons = new();
    private readonly ConcurrentBag<StoredEditionRow> editions = [];
    private readonly ConcurrentBag<string> uploads = [];

    public FakeKzDiffBackend()
    {
        foreach (var year in new[] { 2020, 2021, 2022, 2023 })
        {
            editions.Add(new StoredEditionRow("freedonia", "Freedonia", year, year == 2023 ? 2 : 1, "imported"));
        }

        editions.Add(new StoredEditionRow("hostilia", "Hostilia <b>bold</b>", 2022, 1, "imported"));
        editions.Add(new StoredEditionRow("hostilia", "Hostilia <b>bold</b>", 2023, 1, "imported"));
        editions.Add(new StoredEditionRow("sylvania", "Sylvania", 2023, 1, "failed: not a report"));
        comparisons[("freedonia", 2022, 2023)] = SampleComparisons.Freedonia(2022, 2023);
        comparisons[("freedonia", 2020, 2023)] = SampleComparisons.Freedonia(2020, 2023);
        comparisons[("freedonia", 2021, 2022)] = SampleComparisons.Freedonia(2021, 2022);
        comparisons[("hostilia", 2022, 2023)] = SampleComparisons.Hostile(2022, 2023);
    }

    public IReadOnlyCollection<string> Uploads => uploads;

    public Task<IReadOnlyList<StoredEditionRow>> ListEditionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredEditionRow>>([.. editions]);

    public Task<IReadOnlyList<ImportAttempt>> ListRecentImportsAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImportAttempt>>(
        [
            .. uploads.Select(u => new ImportAttempt(u, true, "imported", null, new DateTime(2026, 1, 2, 10, 0, 0, DateTimeKind.Utc))),
            new ImportAttempt("sylvania-2023.txt", false, "failed", "no report text found", new DateTime(2026, 1, 1, 9, 30, 0, DateTimeKind.Utc)),
            new ImportAttempt("freedonia-2023.txt", true, "new revision", null, new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc)),
        ]);

    public Task<ComparisonLookup> GetOrRequestAsync(string countryKey, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        if (comparisons.TryGetValue((countryKey, fromYear, toYear), out var comparison))
        {
            var lineages = comparison.Sections.Where(s => s.New is not null)
                .ToImmutableDictionary(s => s.New!.Path, s => s.New!.Path == "1.c" ? TorturePathLineage : "lin-" + s.New.Path);
            return Task.FromResult(new ComparisonLookup(ComparisonState.Succeeded, comparison, 1, null, null, lineages, ImmutableDictionary<string, string>.Empty));
        }

        if (countryKey == "freedonia" && fromYear == 2021 && toYear == 2023)
        {
            return Task.FromResult(ComparisonLookup.Problem(ComparisonState.Failed, "the 2021 edition could not be aligned"));
        }

        var stored = editions.Any(e => e.CountryKey == countryKey && e.Year == fromYear)
            && editions.Any(e => e.CountryKey == countryKey && e.Year == toYear);
        return Task.FromResult(stored
            ? ComparisonLookup.Pending(ComparisonState.Running, 0.4, null)
            : ComparisonLookup.Problem(ComparisonState.EditionMissing, $"No {countryKey} edition stored for {fromYear} or {toYear}."));
    }

    public ConcurrentBag<(string Country, int From, int To)> Retries { get; } = [];

    public Task RetryAsync(string countryKey, int fromYear, int toYear, CancellationToken cancellationToken)
    {
        Retries.Add((countryKey, fromYear, toYear));
        return Task.CompletedTask;
    }

    public Task<SectionHistory?> GetHistoryAsync(string countryKey, string lineageId, CancellationToken cancellationToken)
    {
        if (countryKey != "freedonia" || lineageId != TorturePathLineage)
        {
            return Task.FromResult<SectionHistory?>(null);
        }

        return Task.FromResult<SectionHistory?>(new SectionHistory("freedonia", "Freedonia", lineageId,
        [
            new(2020, "c. Torture and Other Cruel Punishment", "1.c", 31, 820),
            new(2021, "c. Torture and Other Cruel Punishment", "1.c", 34, 905),
            new(2022, "c. Torture and Other Cruel Punishment", "1.c", 29, 760),
            new(2023, "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment", "1.c", 42, 1130),
        ]));
    }

    public Task<UploadOutcome> ImportAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        uploads.Add(fileName);
        return Task.FromResult(new UploadOutcome(true, $"Imported {fileName}."));
    }
}
