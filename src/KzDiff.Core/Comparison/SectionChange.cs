using System.Collections.Immutable;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Comparison;

/// <summary>One aligned pair of sections (or a lone added or removed section) and its sentence changes.</summary>
/// <param name="Status">What happened to the section.</param>
/// <param name="Renamed">The title changed beyond case, punctuation and spelling variants.</param>
/// <param name="Moved">The section has a new parent or a new position (e.g. relettered).</param>
/// <param name="Split">One old section became several new ones; this pair is one of them.</param>
/// <param name="Merged">Several old sections became one new one; this pair is one of them.</param>
/// <param name="Old">The old section, or null when added.</param>
/// <param name="New">The new section, or null when removed.</param>
/// <param name="Similarity">Body similarity of the pair, 0..1.</param>
/// <param name="Confidence">How sure the aligner is of the pairing, 0..1.</param>
/// <param name="Evidence">Why the pair was made, one short phrase each ("same title", "body 87% similar").</param>
/// <param name="Sentences">The section's own sentences aligned.</param>
/// <param name="Flags">Section-level flags (removed, renamed, merged, split), highest score first; empty when none (never default).</param>
public sealed record SectionChange(
    SectionStatus Status,
    bool Renamed,
    bool Moved,
    bool Split,
    bool Merged,
    SectionReference? Old,
    SectionReference? New,
    double Similarity,
    double Confidence,
    ImmutableArray<string> Evidence,
    ImmutableArray<SentenceChange> Sentences,
    ImmutableArray<ChangeFlag> Flags = default)
{
    private readonly ImmutableArray<ChangeFlag> _flags = Flags.IsDefault ? [] : Flags;

    public ImmutableArray<ChangeFlag> Flags
    {
        get => _flags;
        init => _flags = value.IsDefault ? [] : value;
    }
}
