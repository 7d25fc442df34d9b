using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Where each end of a moved sentence links on the compare page: to the other end, paired by the
/// engine's move id through Core's <see cref="MoveAnchors"/> exactly as the exports pair them, or
/// to the other section when the other end is not in the comparison.
/// </summary>
internal sealed class MoveLinks
{
    private readonly MoveAnchors pairs;
    private readonly Dictionary<SentenceChange, string> anchorByRow = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> sectionByOldPath = [];
    private readonly Dictionary<string, string> sectionByNewPath = [];

    public MoveLinks(EditionComparison comparison, ComparisonAnchors anchors)
    {
        pairs = MoveAnchors.Assign(comparison);
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            if (change.Old is not null)
            {
                sectionByOldPath.TryAdd(change.Old.Path, anchors.Section(i));
            }

            if (change.New is not null)
            {
                sectionByNewPath.TryAdd(change.New.Path, anchors.Section(i));
            }

            for (var j = 0; j < change.Sentences.Length; j++)
            {
                if (change.Sentences[j].Status == SentenceStatus.Moved && anchors.Sentence(i, j) is { } anchor)
                {
                    anchorByRow.TryAdd(change.Sentences[j], anchor);
                }
            }
        }
    }

    /// <summary>How a row shows its end of a move; null when the sentence did not move.</summary>
    public MoveEnd? For(SentenceChange sentence)
    {
        if (sentence.Status != SentenceStatus.Moved)
        {
            return null;
        }

        return new MoveEnd(sentence.MoveId, sentence.MovedTo is not null, pairs.Describe(sentence) ?? "moved", OtherEnd(sentence), pairs.IsReorder(sentence));
    }

    private string? OtherEnd(SentenceChange sentence)
    {
        if (pairs.OtherEnd(sentence) is { } partner && anchorByRow.TryGetValue(partner, out var anchor))
        {
            return "#" + anchor;
        }

        if (sentence.MovedTo is not null)
        {
            return sectionByNewPath.TryGetValue(sentence.MovedTo, out var target) ? "#" + target : null;
        }

        return sentence.MovedFrom is not null && sectionByOldPath.TryGetValue(sentence.MovedFrom, out var source) ? "#" + source : null;
    }
}
