using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Consecutive unchanged sentences. They are identical in both editions, so the page prints them
/// once across both columns instead of twice; long runs are folded behind a summary, and the page
/// leaves their text out until the reader opens them.
/// </summary>
/// <param name="Sentences">The sentences' text pieces.</param>
/// <param name="Folded">Folded behind a summary line.</param>
/// <param name="First">Index of the run's first sentence in its section's sentences.</param>
/// <param name="Last">Index of the run's last sentence in its section's sentences.</param>
public sealed record UnchangedRun(ImmutableArray<ImmutableArray<TextPiece>> Sentences, bool Folded, int First, int Last) : ComparisonRow;
