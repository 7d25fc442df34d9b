namespace KzDiff.Service.Trends;

/// <summary>One year of a trends answer.</summary>
/// <param name="Year">The year the reports cover.</param>
/// <param name="Reports">Editions counted (the latest revision of each country).</param>
/// <param name="Words">Whitespace-separated words of the counted text.</param>
/// <param name="Counts">Occurrences per term (as requested, folded).</param>
/// <param name="Rates">Occurrences per 100,000 words, rounded to two decimals; 0 when no words.</param>
public sealed record TrendYear(int Year, int Reports, long Words, IReadOnlyDictionary<string, long> Counts, IReadOnlyDictionary<string, double> Rates);
