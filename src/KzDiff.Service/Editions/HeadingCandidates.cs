using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Editions;

/// <summary>
/// The paragraphs of a tree built with the built-in template headings that a year's learned
/// headings could still turn into headings. The parser consults template headings only for a plain
/// paragraph that is wholly a short heading-like phrase; a tree with none that the learned headings
/// accept is the very tree they would build, so a folder import builds it once instead of twice.
/// </summary>
internal static class HeadingCandidates
{
    /// <summary>The texts to ask the learned headings about: short paragraphs and run-in sections as their block read.</summary>
    public static IReadOnlyList<string> Of(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var candidates = new List<string>();
        foreach (var node in edition.Root.DescendantsAndSelf())
        {
            for (var i = 0; i < node.Paragraphs.Length; i++)
            {
                var text = node.Paragraphs[i].Text;
                // A run-in section's block was "Title: first paragraph" as one plain paragraph.
                Add(node.Level == SectionLevel.RunIn && i == 0 ? node.Title + ": " + text : text);
            }

            if (node.Level == SectionLevel.RunIn && node.Paragraphs.Length == 0)
            {
                Add(node.Title);
            }
        }

        return candidates;

        void Add(string text)
        {
            if (TemplateHeadings.HasHeadingShape(text))
            {
                candidates.Add(text);
            }
        }
    }

    /// <summary>Whether <paramref name="headings"/> would read one of the candidates as a heading (null: the built-in ones, which built the tree).</summary>
    public static bool ChangeTree(IReadOnlyList<string> candidates, TemplateHeadings? headings) =>
        headings is not null && candidates.Any(headings.IsHeading);
}
