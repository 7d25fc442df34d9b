namespace KzDiff.Service.Trends;

/// <summary>What a trends request asks: folded terms, a year range, a country and a section, each optional but the terms.</summary>
/// <param name="Terms">Folded terms (<see cref="TrendTerms.Parse"/>).</param>
/// <param name="From">First year, or null for the first stored.</param>
/// <param name="To">Last year, or null for the last stored.</param>
/// <param name="Country">Country key or name, or null for every country.</param>
/// <param name="Section">A section path ("1.c", "2.a/internet-freedom") or key ("internet-freedom"), or null for the whole report.</param>
public sealed record TrendQuery(IReadOnlyList<string> Terms, int? From = null, int? To = null, string? Country = null, string? Section = null);
