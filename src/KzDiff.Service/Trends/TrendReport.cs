namespace KzDiff.Service.Trends;

/// <summary>The answer to <c>GET /api/trends</c>: the terms as counted and one row per year with stored editions.</summary>
public sealed record TrendReport(IReadOnlyList<string> Terms, string? Country, string? Section, IReadOnlyList<TrendYear> Years);
