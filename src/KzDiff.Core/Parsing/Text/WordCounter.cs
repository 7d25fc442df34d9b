namespace KzDiff.Core.Parsing.Text;

/// <summary>Counts words the way a reader would: runs of non-space characters holding a letter or digit.</summary>
public static class WordCounter
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        var hasWordChar = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                count += inWord && hasWordChar ? 1 : 0;
                inWord = false;
                hasWordChar = false;
                continue;
            }

            inWord = true;
            hasWordChar |= char.IsLetterOrDigit(ch);
        }

        return count + (inWord && hasWordChar ? 1 : 0);
    }
}
