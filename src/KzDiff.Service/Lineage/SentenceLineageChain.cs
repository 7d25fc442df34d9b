using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Lineage;

/// <summary>
/// Chains sentence lineage from one edition to the next through their comparison: a sentence the
/// comparison pairs with an older one inherits that sentence's history; a changed wording (anything
/// but a formatting-only change) starts a new unbroken run and is listed as a rewording.
/// </summary>
public static class SentenceLineageChain
{
    /// <summary>The first stored edition: every sentence first seen and unchanged since its year.</summary>
    public static IReadOnlyList<SentenceLineageItem> First(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var year = edition.Metadata.Year;
        return Sentences(edition).Select(s => new SentenceLineageItem(s.Text, s.Path, year, year, [])).ToArray();
    }

    /// <summary>The next edition's lineage from the previous edition's and the comparison of the two.</summary>
    public static IReadOnlyList<SentenceLineageItem> Next(IReadOnlyList<SentenceLineageItem> previous, EditionComparison comparison, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(newer);
        var year = newer.Metadata.Year;

        var byPlace = new Dictionary<(string Path, string Text), SentenceLineageItem>();
        var byText = new Dictionary<string, SentenceLineageItem>(StringComparer.Ordinal);
        foreach (var item in previous)
        {
            byPlace.TryAdd((item.Section, item.Sentence), item);
            byText.TryAdd(item.Sentence, item);
        }

        var links = Links(comparison);
        var items = new List<SentenceLineageItem>();
        foreach (var (path, text) in Sentences(newer))
        {
            var link = Link(links, path, text);
            SentenceLineageItem? older = null;
            if (link is { } l)
            {
                older = Find(byPlace, byText, previous, l.OldPath, l.OldText);
            }

            if (older is null)
            {
                // A sentence the comparison calls new may have stood word for word inside a longer
                // sentence of the year before (split off, or joined to it by the sentence splitter):
                // it has stood since that sentence's wording.
                var container = text.Length >= MinContainedLength ? previous.FirstOrDefault(p => p.Sentence.Contains(text, StringComparison.Ordinal)) : null;
                items.Add(container is null
                    ? new SentenceLineageItem(text, path, year, year, [])
                    : new SentenceLineageItem(text, path, container.UnchangedSince, container.UnchangedSince, []));
                continue;
            }

            items.Add(link!.Value.Reworded
                ? new SentenceLineageItem(text, path, older.FirstSeen, year, [.. older.RewordedIn, year])
                : new SentenceLineageItem(text, path, older.FirstSeen, older.UnchangedSince, older.RewordedIn));
        }

        return items;
    }

    /// <summary>Shorter sentences ("Yes.", "None.") found inside another one say nothing about their history.</summary>
    private const int MinContainedLength = 30;

    private static (string OldPath, string OldText, bool Reworded)? Link(
        Dictionary<string, List<(string New, string OldPath, string OldText, bool Reworded)>> links, string path, string text)
    {
        if (!links.TryGetValue(path, out var rows))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (string.Equals(row.New, text, StringComparison.Ordinal))
            {
                return (row.OldPath, row.OldText, row.Reworded);
            }
        }

        // A sentence split in two is one row whose new side holds both sentences.
        foreach (var row in rows)
        {
            if (row.New.Length > text.Length && row.New.Contains(text, StringComparison.Ordinal))
            {
                return (row.OldPath, row.OldText, true);
            }
        }

        return null;
    }

    private static SentenceLineageItem? Find(
        Dictionary<(string Path, string Text), SentenceLineageItem> byPlace,
        Dictionary<string, SentenceLineageItem> byText,
        IReadOnlyList<SentenceLineageItem> previous,
        string oldPath,
        string oldText)
    {
        if (byPlace.TryGetValue((oldPath, oldText), out var item) || byText.TryGetValue(oldText, out item))
        {
            return item;
        }

        // Two sentences merged into one: the row's old side holds both; the older history wins.
        return previous
            .Where(p => p.Section == oldPath && p.Sentence.Length < oldText.Length && oldText.Contains(p.Sentence, StringComparison.Ordinal))
            .OrderBy(p => p.FirstSeen)
            .FirstOrDefault();
    }

    private static Dictionary<string, List<(string New, string OldPath, string OldText, bool Reworded)>> Links(EditionComparison comparison)
    {
        var links = new Dictionary<string, List<(string, string, string, bool)>>(StringComparer.Ordinal);
        foreach (var section in comparison.Sections)
        {
            if (section.New is null)
            {
                continue;
            }

            foreach (var row in section.Sentences)
            {
                // A row that records where a sentence went lists it under its old section; its arrival row links it.
                if (row.New is null || row.Old is null || row.MovedTo is not null)
                {
                    continue;
                }

                var oldPath = row.MovedFrom ?? section.Old?.Path ?? string.Empty;
                var reworded = row.Status != SentenceStatus.Unchanged
                    && row.Kind is not (ChangeKind.None or ChangeKind.Formatting)
                    && !string.Equals(row.Old, row.New, StringComparison.Ordinal);
                if (!links.TryGetValue(section.New.Path, out var rows))
                {
                    links[section.New.Path] = rows = [];
                }

                rows.Add((row.New, oldPath, row.Old, reworded));
            }
        }

        return links;
    }

    private static IEnumerable<(string Path, string Text)> Sentences(Edition edition) =>
        edition.Root.DescendantsAndSelf().SelectMany(node => node.Sentences.Select(s => (node.Path, s)));
}
