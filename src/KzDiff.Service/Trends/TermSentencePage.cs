namespace KzDiff.Service.Trends;

/// <summary>One page of the sentences holding a term in one year.</summary>
/// <param name="Term">The folded term.</param>
/// <param name="Year">The year searched.</param>
/// <param name="Total">Sentences holding the term that year (all pages).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Sentences per page.</param>
/// <param name="Items">This page's sentences, by country then document order.</param>
public sealed record TermSentencePage(string Term, int Year, int Total, int Page, int PageSize, IReadOnlyList<TermSentence> Items);
