namespace KzDiff.Service.Editions;

/// <summary>A country with the years stored for it (ascending).</summary>
public sealed record CountrySummary(string Country, string Name, IReadOnlyList<int> Years);
