namespace KzDiff.Web.Api;

/// <summary>Body of <c>POST /api/comparisons</c>: a country key and two years, older first.</summary>
public sealed record ComparisonRequest(string? Country, int? From, int? To);
