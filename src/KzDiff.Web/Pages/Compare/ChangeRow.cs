using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Web.Pages.Compare;

/// <summary>A changed sentence, old text left and new text right.</summary>
/// <param name="Anchor">Stable element id, the permalink fragment.</param>
/// <param name="Status">What happened to the sentence.</param>
/// <param name="Kind">How much it matters.</param>
/// <param name="Old">Old text pieces (word deletions marked); empty when added, and at the arrival of a move made without edits.</param>
/// <param name="New">New text pieces (word insertions marked); empty when removed and at the departure of a move.</param>
/// <param name="Move">For either end of a moved sentence: its id and where the other end is; null otherwise.</param>
/// <param name="Note">Engine note such as "split into 2 sentences".</param>
/// <param name="Flags">Why the change may matter, highest score first; shown as labelled badges.</param>
/// <param name="Index">The row's index in its section's sentences.</param>
public sealed record ChangeRow(
    string Anchor,
    SentenceStatus Status,
    ChangeKind Kind,
    ImmutableArray<TextPiece> Old,
    ImmutableArray<TextPiece> New,
    MoveEnd? Move,
    string? Note,
    ImmutableArray<ChangeFlag> Flags,
    int Index) : ComparisonRow;
