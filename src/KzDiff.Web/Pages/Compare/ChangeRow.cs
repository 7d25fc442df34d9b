using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Web.Pages.Compare;

/// <summary>A changed sentence, old text left and new text right.</summary>
/// <param name="Anchor">Stable element id, the permalink fragment.</param>
/// <param name="Status">What happened to the sentence.</param>
/// <param name="Kind">How much it matters.</param>
/// <param name="Old">Old text pieces (deletions marked); empty when added.</param>
/// <param name="New">New text pieces (insertions marked); empty when removed.</param>
/// <param name="MovedFrom">Title of the old section the sentence came from, for moved sentences.</param>
/// <param name="MovedTo">Title of the new section the sentence went to, for moved sentences.</param>
/// <param name="OtherEnd">Fragment of the other end of a move ("#c-1a2b3c4d"), or null.</param>
/// <param name="Note">Engine note such as "split into 2 sentences".</param>
/// <param name="Flags">Why the change may matter, highest score first; shown as labelled badges.</param>
/// <param name="Index">The row's index in its section's sentences.</param>
public sealed record ChangeRow(
    string Anchor,
    SentenceStatus Status,
    ChangeKind Kind,
    ImmutableArray<TextPiece> Old,
    ImmutableArray<TextPiece> New,
    string? MovedFrom,
    string? MovedTo,
    string? OtherEnd,
    string? Note,
    ImmutableArray<ChangeFlag> Flags,
    int Index) : ComparisonRow;
