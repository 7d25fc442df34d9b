namespace KzDiff.Service.Trends;

/// <summary>Counts a folded term in folded text: non-overlapping occurrences, left to right, as <c>str.count</c> does.</summary>
public static class TermCounter
{
    public static int Count(ReadOnlySpan<char> text, ReadOnlySpan<char> term)
    {
        if (term.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        while (true)
        {
            // MemoryExtensions.IndexOf over chars is vectorised: a scan of an edition takes microseconds.
            var at = text.IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
            {
                return count;
            }

            count++;
            text = text[(at + term.Length)..];
        }
    }
}
