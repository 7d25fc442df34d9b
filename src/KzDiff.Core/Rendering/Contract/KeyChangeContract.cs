using KzDiff.Core.Comparison.Summaries;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>
/// One of the key changes of <c>summary.keyChanges</c>: its flag, its section and the compare
/// page's fragment id of its row (or of its section, for a section-level flag).
/// </summary>
public sealed record KeyChangeContract
{
    public required string Kind { get; init; }

    public required double Score { get; init; }

    public required string Explanation { get; init; }

    public required SectionReferenceContract Section { get; init; }

    /// <summary>An <see cref="Anchors"/> id ("c-1a2b3c4d5e" or "sec-2.a_..."), the same on the compare page ("#" + anchor).</summary>
    public required string Anchor { get; init; }

    public static KeyChangeContract From(KeyChange change, ComparisonAnchors anchors)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(anchors);
        var flag = ChangeFlagContract.From(change.Flag);
        return new KeyChangeContract
        {
            Kind = flag.Kind,
            Score = flag.Score,
            Explanation = flag.Explanation,
            Section = SectionReferenceContract.From(change.Section)!,
            Anchor = anchors.For(change),
        };
    }
}
