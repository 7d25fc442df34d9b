using System.Collections.Immutable;

namespace KzDiff.Service.Trends;

/// <summary>The spans of an edition's text a section filter keeps, none inside another, and their words.</summary>
public sealed record SectionSelection(ImmutableArray<TextSpan> Spans, long Words)
{
    /// <summary>
    /// A filter matches a node by path ("1.c" keeps 1.c and everything below it) or by key
    /// ("internet-freedom", wherever the section sits that year); "" keeps the whole report.
    /// </summary>
    public static SectionSelection Of(EditionText text, string section)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(section);
        if (section.Length == 0)
        {
            return new SectionSelection([text.Sections[0]], text.Words);
        }

        var kept = ImmutableArray.CreateBuilder<TextSpan>();
        var coveredTo = -1;
        long words = 0;
        foreach (var span in text.Sections)
        {
            if (span.Start < coveredTo || !Matches(span, section))
            {
                continue;
            }

            kept.Add(span);
            words += span.Words;
            coveredTo = Math.Max(coveredTo, span.End);
        }

        return new SectionSelection(kept.ToImmutable(), words);
    }

    /// <summary>Whether an offset lies in a kept span.</summary>
    public bool Holds(int offset)
    {
        foreach (var span in Spans)
        {
            if (offset >= span.Start && offset < span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(TextSpan span, string section) =>
        span.Path.Equals(section, StringComparison.OrdinalIgnoreCase)
        || (span.Path.StartsWith(section, StringComparison.OrdinalIgnoreCase) && span.Path.Length > section.Length && span.Path[section.Length] == '/')
        || span.Key.Equals(section, StringComparison.OrdinalIgnoreCase);
}
