using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Editions;

/// <summary>One country of the editions grid: its stored editions by year.</summary>
public sealed record CountryRow(string CountryKey, string CountryName, ImmutableDictionary<int, StoredEditionRow> ByYear)
{
    public ImmutableArray<int> Years => [.. ByYear.Keys.Order()];
}
