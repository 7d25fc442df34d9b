using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>Sizes of a section subtree, as shown in edition lists and section histories.</summary>
public readonly record struct EditionCounts(int Sections, int Paragraphs, int Sentences, int Words)
{
    public static EditionCounts Of(SectionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        int sections = 0, paragraphs = 0, sentences = 0, words = 0;
        foreach (var n in node.DescendantsAndSelf())
        {
            if (n.Level != SectionLevel.Document)
            {
                sections++;
            }

            paragraphs += n.Paragraphs.Length;
            foreach (var sentence in n.Sentences)
            {
                sentences++;
                words += CountWords(sentence);
            }
        }

        return new EditionCounts(sections, paragraphs, sentences, words);
    }

    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
