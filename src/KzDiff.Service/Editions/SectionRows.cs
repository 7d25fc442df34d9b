using KzDiff.Core.Editions;
using KzDiff.Service.Storage;

namespace KzDiff.Service.Editions;

/// <summary>Flattens a tree into section rows with subtree sizes, in document order.</summary>
internal static class SectionRows
{
    public static List<SectionRecord> Build(EditionRecord edition, SectionNode root, IReadOnlyDictionary<string, string> lineage)
    {
        var rows = new List<SectionRecord>();
        Visit(root, 0);
        return rows;

        (int Sentences, int Words) Visit(SectionNode node, int depth)
        {
            var row = new SectionRecord
            {
                EditionId = edition.Id,
                CountryKey = edition.CountryKey,
                LineageId = lineage[node.Path],
                Path = node.Path,
                Title = node.Title,
                Key = node.Key,
                Level = node.Level.ToString(),
                Ordinal = rows.Count,
                Depth = depth,
            };
            rows.Add(row);
            var sentences = 0;
            var words = 0;
            foreach (var sentence in node.Sentences)
            {
                sentences++;
                words += EditionCounts.CountWords(sentence);
            }

            foreach (var child in node.Children)
            {
                var (s, w) = Visit(child, depth + 1);
                sentences += s;
                words += w;
            }

            row.SentenceCount = sentences;
            row.WordCount = words;
            return (sentences, words);
        }
    }
}
