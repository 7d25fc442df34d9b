using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Web.Pages.Compare;

/// <summary>The compare page's filters, all plain query parameters so they work without JavaScript.</summary>
/// <param name="ChangesOnly">Hide unchanged sentences and sections.</param>
/// <param name="SubstantiveOnly">Hide routine, template-wide and formatting changes too.</param>
/// <param name="Section">A section anchor or path; only that section is shown.</param>
/// <param name="Query">Case-insensitive text that a shown sentence or title must contain.</param>
/// <param name="FlaggedOnly">Only changes that carry a flag (<c>flagged=true</c>).</param>
/// <param name="Kind">Only changes that carry a flag of this kind (<c>kind=number</c>); implies <paramref name="FlaggedOnly"/>.</param>
/// <param name="ByScore">Flagged sentences in one list, most significant first (<c>sort=score</c>).</param>
public sealed record ComparePageFilter(
    bool ChangesOnly,
    bool SubstantiveOnly,
    string? Section,
    string? Query,
    bool FlaggedOnly = false,
    FlagKind? Kind = null,
    bool ByScore = false)
{
    public static ComparePageFilter None { get; } = new(false, false, null, null);

    /// <summary>Only flagged changes are shown: asked for, or implied by a kind or the score order.</summary>
    public bool OnlyFlagged => FlaggedOnly || Kind is not null || ByScore;

    public bool HidesUnchanged => ChangesOnly || SubstantiveOnly || OnlyFlagged;

    public bool IsActive => HidesUnchanged || !string.IsNullOrWhiteSpace(Section) || !string.IsNullOrWhiteSpace(Query);

    /// <summary>Whether flags pass the flag filters: any flag, or one of <see cref="Kind"/>.</summary>
    public bool Admits(IReadOnlyCollection<ChangeFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return !OnlyFlagged || (Kind is { } kind ? flags.Any(flag => flag.Kind == kind) : flags.Count > 0);
    }

    /// <summary>The score a row is ranked by: its best flag of <see cref="Kind"/>, or its best flag.</summary>
    public double ScoreOf(SentenceChange sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var scores = sentence.Flags.Where(flag => Kind is null || flag.Kind == Kind).Select(flag => flag.Score);
        return scores.DefaultIfEmpty(0).Max();
    }
}
