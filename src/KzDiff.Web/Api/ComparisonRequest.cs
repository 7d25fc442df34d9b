namespace KzDiff.Web.Api;

/// <summary>
/// Body of <c>POST /api/comparisons</c>: a country key and two years, older first, and optionally
/// the terms to flag instead of the configured ones (another set of terms is another comparison).
/// </summary>
public sealed record ComparisonRequest(string? Country, int? From, int? To, IReadOnlyList<string>? Terms = null);
