using System.Collections.Immutable;
using System.Globalization;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Summaries;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>The <c>summary</c> object: what changed in plain words, and the changes to read first.</summary>
public sealed record ComparisonSummaryContract
{
    public required string Text { get; init; }

    /// <summary>Highest score first.</summary>
    public required IReadOnlyList<KeyChangeContract> KeyChanges { get; init; }

    public static ComparisonSummaryContract From(ComparisonSummary summary, ComparisonAnchors anchors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ComparisonSummaryContract
        {
            Text = summary.Text,
            KeyChanges = summary.KeyChanges.Select(change => KeyChangeContract.From(change, anchors)).ToArray(),
        };
    }

    /// <summary>The model's summary; each key change's position is found again from its anchor.</summary>
    /// <exception cref="FormatException">An anchor names no section or changed row of the comparison.</exception>
    public ComparisonSummary ToSummary(ImmutableArray<SectionChange> sections, ComparisonAnchors anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var positions = new Dictionary<string, (int Section, int? Sentence)>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++)
        {
            positions[anchors.Section(i)] = (i, null);
            var rows = anchors.Sentences(i);
            for (var j = 0; j < rows.Count; j++)
            {
                if (rows[j] is { } id)
                {
                    positions[id] = (i, j);
                }
            }
        }

        var changes = ImmutableArray.CreateBuilder<KeyChange>(KeyChanges.Count);
        foreach (var change in KeyChanges)
        {
            if (!positions.TryGetValue(change.Anchor, out var at))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"key change anchor \"{change.Anchor}\" names no section or changed sentence of the comparison"));
            }

            var flag = new ChangeFlagContract { Kind = change.Kind, Score = change.Score, Explanation = change.Explanation }.ToFlag();
            changes.Add(new KeyChange(flag, change.Section.ToReference(), at.Section, at.Sentence));
        }

        return new ComparisonSummary(Text, changes.MoveToImmutable());
    }
}
