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
            SentenceLineageItem? older = null;
            var reworded = false;
            if (links.TryGetValue((path, text), out var link))
            {
                if (!byPlace.TryGetValue((link.OldPath, link.OldText), out older))
                {
                    byText.TryGetValue(link.OldText, out older);
                }

                reworded = link.Reworded;
            }

            items.Add(older switch
            {
                null => new SentenceLineageItem(text, path, year, year, []),
                _ when reworded => new SentenceLineageItem(text, path, older.FirstSeen, year, [.. older.RewordedIn, year]),
                _ => new SentenceLineageItem(text, path, older.FirstSeen, older.UnchangedSince, older.RewordedIn),
            });
        }

        return items;
    }

    private static Dictionary<(string Path, string Text), (string OldPath, string OldText, bool Reworded)> Links(EditionComparison comparison)
    {
        var links = new Dictionary<(string, string), (string, string, bool)>();
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
                links.TryAdd((section.New.Path, row.New), (oldPath, row.Old, reworded));
            }
        }

        return links;
    }

    private static IEnumerable<(string Path, string Text)> Sentences(Edition edition) =>
        edition.Root.DescendantsAndSelf().SelectMany(node => node.Sentences.Select(s => (node.Path, s)));
}
