using System.Collections.Frozen;
using System.Text;

namespace KzDiff.Core.Parsing.PdfText;

/// <summary>
/// Repairs words whose hyphen the PDF extractor dropped while gluing two lines into one
/// ("quasiindependent", "NurSultan", "21year-old"). Only glued lines (far wider than the page) are
/// touched, and only the word that straddles the old line end; it is split where the document's own
/// vocabulary, a capital inside the word, a digit-letter seam or a known compound prefix says so.
/// </summary>
internal static class LostHyphens
{
    private const int MaxWordLength = 40;

    private static readonly FrozenSet<string> Prefixes = new[]
    {
        "self", "quasi", "anti", "non", "semi", "multi", "cross", "high", "low", "well", "long", "short",
        "pro", "post", "pre", "counter", "ex", "co", "full", "part", "half", "work", "year", "state",
        "government", "nine", "two", "three", "four", "five", "six", "seven", "eight", "ten",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<string> Repair(List<string> lines, int width)
    {
        Dictionary<string, int>? vocabulary = null;
        var repaired = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Length < width * 1.3)
            {
                repaired.Add(line);
                continue;
            }

            vocabulary ??= BuildVocabulary(lines);
            repaired.Add(RepairLine(line, width, vocabulary));
        }

        return repaired;
    }

    private static string RepairLine(string line, int width, Dictionary<string, int> vocabulary)
    {
        // The glued word holds the old line end: it starts before the width and ends near it.
        var position = 0;
        foreach (var token in line.Split(' '))
        {
            var start = position;
            position += token.Length + 1;
            if (start > width || start + token.Length < width * 0.85)
            {
                continue;
            }

            foreach (var part in SplitOnHyphens(token, start))
            {
                var split = BestSplit(part.Word, vocabulary);
                if (split > 0)
                {
                    return line.Insert(part.Offset + split, "-");
                }
            }
        }

        return line;
    }

    private static IEnumerable<(string Word, int Offset)> SplitOnHyphens(string token, int offset)
    {
        var i = 0;
        while (i < token.Length)
        {
            while (i < token.Length && !char.IsLetterOrDigit(token[i]))
            {
                i++;
            }

            var start = i;
            while (i < token.Length && char.IsLetterOrDigit(token[i]))
            {
                i++;
            }

            // Glued words are ordinary words; anything longer is not one and would cost quadratic time.
            if (i - start is >= 5 and <= MaxWordLength)
            {
                yield return (token[start..i], offset + start);
            }
        }
    }

    private static int BestSplit(string word, Dictionary<string, int> vocabulary)
    {
        var camel = CamelSeam(word);
        if (camel > 0 && vocabulary.GetValueOrDefault(word[camel..].ToLowerInvariant()) > 0
            && (char.IsDigit(word[0]) || vocabulary.GetValueOrDefault(word[..camel].ToLowerInvariant()) > 0))
        {
            return camel;
        }

        if (vocabulary.GetValueOrDefault(word.ToLowerInvariant()) > 1)
        {
            return 0;
        }

        var best = 0;
        var bestScore = 0;
        for (var i = 2; i <= word.Length - 3; i++)
        {
            var left = word[..i].ToLowerInvariant();
            var right = word[i..].ToLowerInvariant();
            var rightCount = vocabulary.GetValueOrDefault(right);
            if (rightCount == 0)
            {
                continue;
            }

            var leftCount = vocabulary.GetValueOrDefault(left);
            var score = Prefixes.Contains(left) ? int.MaxValue : left.Length >= 3 ? Math.Min(leftCount, rightCount) : 0;
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    // "NurSultan" (a capital inside a word) and "21year" (digits then letters).
    private static int CamelSeam(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLower(word[i - 1]) && char.IsUpper(word[i]) || char.IsDigit(word[i - 1]) && char.IsLetter(word[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static Dictionary<string, int> BuildVocabulary(List<string> lines)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var line in lines)
        {
            foreach (var ch in line.Append(' '))
            {
                if (char.IsLetterOrDigit(ch))
                {
                    word.Append(char.ToLowerInvariant(ch));
                    continue;
                }

                if (word.Length > 0)
                {
                    var key = word.ToString();
                    vocabulary[key] = vocabulary.GetValueOrDefault(key) + 1;
                    word.Clear();
                }
            }
        }

        return vocabulary;
    }
}
