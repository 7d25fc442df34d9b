using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Summaries;

/// <summary>What changed between two editions, in plain words, and the changes to read first.</summary>
/// <param name="Text">A few plain sentences: the outline, the sections removed and most rewritten, the counts of changed numbers and softened statements.</param>
/// <param name="KeyChanges">The most significant flagged changes, highest score first, one per sentence or section.</param>
public sealed record ComparisonSummary(string Text, ImmutableArray<KeyChange> KeyChanges)
{
    private readonly ImmutableArray<KeyChange> _keyChanges = KeyChanges.IsDefault ? [] : KeyChanges;

    /// <summary>No summary: a comparison read from a contract that predates summaries.</summary>
    public static ComparisonSummary Empty { get; } = new(string.Empty, []);

    public ImmutableArray<KeyChange> KeyChanges
    {
        get => _keyChanges;
        init => _keyChanges = value.IsDefault ? [] : value;
    }
}
