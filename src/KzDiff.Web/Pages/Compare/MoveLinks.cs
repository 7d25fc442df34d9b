using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Where each end of a moved sentence links on the compare page: to the other end, paired by
/// Core's <see cref="MoveAnchors"/> as in the HTML export, or to the other section when the engine
/// gave one end only.
/// </summary>
internal sealed class MoveLinks
{
    private readonly MoveAnchors pairs;
    private readonly Dictionary<SentenceChange, string> anchorByRow = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> sectionByOldPath = [];
    private readonly Dictionary<string, string> sectionByNewPath = [];
    private readonly Dictionary<string, string> titleByOldPath = [];
    private readonly Dictionary<string, string> titleByNewPath = [];

    public MoveLinks(EditionComparison comparison, ComparisonAnchors anchors)
    {
        pairs = MoveAnchors.Assign(comparison);
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            if (change.Old is not null)
            {
                sectionByOldPath.TryAdd(change.Old.Path, anchors.Section(i));
                titleByOldPath.TryAdd(change.Old.Path, change.Old.Title);
            }

            if (change.New is not null)
            {
                sectionByNewPath.TryAdd(change.New.Path, anchors.Section(i));
                titleByNewPath.TryAdd(change.New.Path, change.New.Title);
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

    /// <summary>A reader's name for the old section at <paramref name="path"/>: its title, or the path when unknown.</summary>
    public string? OldSectionName(string? path) => path is null ? null : titleByOldPath.GetValueOrDefault(path, path);

    /// <summary>A reader's name for the new section at <paramref name="path"/>.</summary>
    public string? NewSectionName(string? path) => path is null ? null : titleByNewPath.GetValueOrDefault(path, path);

    /// <summary>The fragment of the other end of a moved sentence, or null when it is not a move.</summary>
    public string? OtherEnd(SentenceChange sentence)
    {
        if (sentence.Status != SentenceStatus.Moved)
        {
            return null;
        }

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
