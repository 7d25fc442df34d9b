using System.Collections.Immutable;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Corpus;

/// <summary>
/// The corpus view of two years: for each section title of the template, in how many reports it
/// vanished, appeared, or was renamed (to what). Built from every country's comparison.
/// </summary>
public static class CorpusTable
{
    /// <summary>A title counts as the template's when at least this many reports carry it.</summary>
    public const int MinCountries = 3;

    /// <summary>The key two titles share when the table counts them as one ("a. Extrajudicial Killings" and "Extrajudicial Killings").</summary>
    public static string TitleKey(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return TitleWords.RenameKey(title);
    }

    public static ImmutableArray<CorpusTableItem> Build(IEnumerable<CorpusObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        Row RowOf(string title)
        {
            var key = TitleWords.RenameKey(title);
            if (!rows.TryGetValue(key, out var row))
            {
                rows[key] = row = new Row(title);
            }

            return row;
        }

        foreach (var observation in observations)
        {
            var paired = new HashSet<string>(StringComparer.Ordinal);
            var pairedNew = new HashSet<string>(StringComparer.Ordinal);
            var carried = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (oldTitle, newTitle) in observation.Pairs)
            {
                string oldKey = TitleWords.RenameKey(oldTitle), newKey = TitleWords.RenameKey(newTitle);
                pairedNew.Add(newKey);
                if (!paired.Add(oldKey))
                {
                    continue;
                }

                if (oldKey != newKey)
                {
                    var row = RowOf(oldTitle);
                    if (!row.RenamedTo.TryGetValue(newKey, out var seen))
                    {
                        row.RenamedTo[newKey] = seen = (newTitle, []);
                    }

                    seen.In.Add(observation.Country);
                }
            }

            foreach (var title in observation.OldTitles)
            {
                var key = TitleWords.RenameKey(title);
                if (key.Length > 0 && carried.Add(key))
                {
                    var row = RowOf(title);
                    row.Countries++;
                    if (!paired.Contains(key))
                    {
                        row.VanishedIn.Add(observation.Country);
                    }
                }
            }

            var appeared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var title in observation.NewTitles)
            {
                var key = TitleWords.RenameKey(title);
                if (key.Length > 0 && !pairedNew.Contains(key) && appeared.Add(key))
                {
                    RowOf(title).AppearedIn.Add(observation.Country);
                }
            }
        }

        return [.. rows.Values
            .Where(r => r.Countries >= MinCountries || r.AppearedIn.Count >= MinCountries)
            .Select(r => new CorpusTableItem(
                r.Title,
                r.VanishedIn.Count,
                r.AppearedIn.Count,
                [.. r.RenamedTo.Values
                    .OrderByDescending(x => x.In.Count).ThenBy(x => x.Title, StringComparer.Ordinal)
                    .Select(x => new CorpusRenameCount(x.Title, x.In.Count, [.. x.In.Order(StringComparer.Ordinal)]))],
                r.Countries,
                [.. r.VanishedIn.Order(StringComparer.Ordinal)],
                [.. r.AppearedIn.Order(StringComparer.Ordinal)]))
            .OrderByDescending(i => i.Vanished).ThenByDescending(i => i.Countries).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    private sealed class Row(string title)
    {
        public string Title { get; } = title;

        public int Countries { get; set; }

        public List<string> VanishedIn { get; } = [];

        public List<string> AppearedIn { get; } = [];

        public Dictionary<string, (string Title, List<string> In)> RenamedTo { get; } = new(StringComparer.Ordinal);
    }
}
