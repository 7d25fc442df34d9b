namespace KzDiff.Web.Api;

/// <summary>Body of <c>POST /api/batches</c>: two years, older first.</summary>
public sealed record BatchRequest(int? From, int? To);
