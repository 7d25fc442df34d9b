namespace KzDiff.Web.Api;

/// <summary><c>GET /api/flags</c>: one page of flags, most significant first; <c>count</c> is every flag matching the filters.</summary>
public sealed record FlagListDocument(IReadOnlyList<FlagDocument> Items, int Count, int Page, int PageSize);
