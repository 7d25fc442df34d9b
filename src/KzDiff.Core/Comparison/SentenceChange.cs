using System.Collections.Immutable;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Comparison;

/// <summary>One row of a sentence alignment.</summary>
/// <param name="Status">What happened to the sentence.</param>
/// <param name="Kind">How much the change matters; <see cref="ChangeKind.None"/> for unchanged sentences.</param>
/// <param name="Old">The old sentence, or null when added.</param>
/// <param name="New">The new sentence, or null when removed.</param>
/// <param name="MovedFrom">For a sentence moved into this section: the old section's path.</param>
/// <param name="MovedTo">For a sentence moved out of this section: the new section's path.</param>
/// <param name="Words">Word-level edits when the text changed; empty otherwise.</param>
/// <param name="Note">Extra detail such as "split into 2 sentences" or "merged from 2 sentences", or null.</param>
/// <param name="Flags">Why the change may matter, highest score first; empty when nothing stands out (never default).</param>
/// <param name="Template">The same edit made in many other reports of the same years (a template edit), or null.</param>
/// <param name="MoveId">
/// For a moved sentence: the move's id ("m1", "m2", ... in old document order), the same on its
/// departure row (<paramref name="MovedTo"/>) and its arrival row (<paramref name="MovedFrom"/>),
/// so renderers pair the two ends by it; null on every other row.
/// </param>
public sealed record SentenceChange(
    SentenceStatus Status,
    ChangeKind Kind,
    string? Old,
    string? New,
    string? MovedFrom,
    string? MovedTo,
    ImmutableArray<WordEdit> Words,
    string? Note = null,
    ImmutableArray<ChangeFlag> Flags = default,
    TemplateEdit? Template = null,
    string? MoveId = null)
{
    private readonly ImmutableArray<ChangeFlag> _flags = Flags.IsDefault ? [] : Flags;

    public ImmutableArray<ChangeFlag> Flags
    {
        get => _flags;
        init => _flags = value.IsDefault ? [] : value;
    }
}
