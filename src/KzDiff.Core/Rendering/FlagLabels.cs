using System.Collections.Immutable;
using System.Globalization;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Comparison.Summaries;

namespace KzDiff.Core.Rendering;

/// <summary>How every renderer names flags: the kind in lower case, as the contract spells it, so a label reads the same everywhere.</summary>
public static class FlagLabels
{
    public static string Label(FlagKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The distinct kinds of <paramref name="flags"/>, highest score first: "number, term".</summary>
    public static string List(ImmutableArray<ChangeFlag> flags) =>
        string.Join(", ", flags.Select(flag => Label(flag.Kind)).Distinct());

    /// <summary>"[number] 3,868 → 3,889 (in Prison Conditions)": one key change on one line.</summary>
    public static string KeyChangeLine(KeyChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return string.Create(CultureInfo.InvariantCulture, $"[{Label(change.Flag.Kind)}] {SectionLabels.Clean(change.Flag.Explanation)} (in {SectionLabels.Clean(change.Section.Title)})");
    }

    /// <summary>
    /// Whether a renderer prints the "Key changes" block: the comparison has a summary and the
    /// output is not cut to one section (the summary describes the whole comparison).
    /// </summary>
    public static bool ShowsSummary(EditionComparison comparison, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Section)
            && (comparison.Summary.Text.Length > 0 || !comparison.Summary.KeyChanges.IsEmpty);
    }
}
