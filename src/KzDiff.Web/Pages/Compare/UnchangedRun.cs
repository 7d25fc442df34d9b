using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Consecutive unchanged sentences. They are identical in both editions, so the page prints them
/// once across both columns instead of twice; long runs are folded behind a summary.
/// </summary>
public sealed record UnchangedRun(ImmutableArray<ImmutableArray<TextPiece>> Sentences, bool Folded) : ComparisonRow;
