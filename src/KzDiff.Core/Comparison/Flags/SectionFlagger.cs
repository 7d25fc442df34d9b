using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// Flags a section removed, renamed, merged or split, scored by its size: a dropped subsection
/// of forty sentences outranks a renamed heading over two.
/// </summary>
internal static class SectionFlagger
{
    public static ImmutableArray<ChangeFlag> Flags(SectionChange section)
    {
        // Most sections carry no flag: the builder is made for the first.
        ImmutableArray<ChangeFlag>.Builder? flags = null;
        var size = SizeScore(section.Sentences.Length);
        if (section.Status == SectionStatus.Removed && section.Old is { } gone)
        {
            var dropped = section.Sentences.Count(static r => r.Status == SentenceStatus.Removed);
            var moved = section.Sentences.Count(static r => r.Status == SentenceStatus.Moved);
            var detail = moved > 0 ? $"{dropped} sentences dropped, {moved} moved elsewhere" : $"{dropped} sentences dropped";
            (flags ??= ImmutableArray.CreateBuilder<ChangeFlag>()).Add(new ChangeFlag(FlagKind.Section, Round(0.5 + (0.45 * SizeScore(dropped))), $"'{gone.Title}' removed ({detail})"));
        }

        if (section.Old is { } old && section.New is { } @new)
        {
            if (section.Merged)
            {
                (flags ??= ImmutableArray.CreateBuilder<ChangeFlag>()).Add(new ChangeFlag(FlagKind.Section, Round(0.45 + (0.3 * size)), $"'{old.Title}' merged into '{@new.Title}'"));
            }
            else if (section.Split)
            {
                (flags ??= ImmutableArray.CreateBuilder<ChangeFlag>()).Add(new ChangeFlag(FlagKind.Section, Round(0.45 + (0.3 * size)), $"'{old.Title}' split; this part is '{@new.Title}'"));
            }
            else if (section.Renamed)
            {
                (flags ??= ImmutableArray.CreateBuilder<ChangeFlag>()).Add(new ChangeFlag(FlagKind.Section, Round(0.3 + (0.25 * size)), $"'{old.Title}' renamed '{@new.Title}'"));
            }
        }

        return flags?.ToImmutable() ?? [];
    }

    /// <summary>0..1, logarithmic: 1 sentence ≈ 0.17, 10 ≈ 0.59, 60 or more = 1.</summary>
    private static double SizeScore(int sentences) => Math.Min(1, Math.Log(1 + sentences) / Math.Log(61));

    private static double Round(double score) => Math.Round(Math.Clamp(score, 0.05, 1), 3);
}
