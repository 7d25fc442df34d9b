using System.Globalization;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>Wording shared by the text, Markdown and HTML renderers.</summary>
internal static class SectionLabels
{
    public static string Flags(SectionChange section)
    {
        var flags = new List<string>(4);
        if (section.Renamed)
        {
            flags.Add("renamed");
        }

        if (section.Moved)
        {
            flags.Add("moved");
        }

        if (section.Split)
        {
            flags.Add("split");
        }

        if (section.Merged)
        {
            flags.Add("merged");
        }

        return string.Join(", ", flags);
    }

    public static string Heading(SectionChange section)
    {
        var oldTitle = section.Old is null ? null : Describe(section.Old);
        var newTitle = section.New is null ? null : Describe(section.New);
        if (oldTitle is null)
        {
            return newTitle!;
        }

        if (newTitle is null || newTitle == oldTitle)
        {
            return oldTitle;
        }

        return oldTitle + " → " + newTitle;
    }

    public static string Describe(SectionReference reference)
    {
        if (reference.Path.Length == 0)
        {
            return "(before the first heading)";
        }

        // "2.a" with "a. Freedom of Religion" reads "2.a Freedom of Religion", not "2.a a. Freedom ...".
        var title = reference.Title;
        var lastDot = reference.Path.LastIndexOf('.');
        if (lastDot >= 0 && !reference.Path.Contains('/', StringComparison.Ordinal))
        {
            var letter = reference.Path[(lastDot + 1)..];
            if (title.StartsWith(letter + ". ", StringComparison.OrdinalIgnoreCase))
            {
                title = title[(letter.Length + 2)..];
            }
        }

        return reference.Path + " " + title;
    }

    /// <summary>Report text with control characters replaced, so hostile text cannot drive the terminal.</summary>
    public static string Clean(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        span[i] = char.IsControl(source[i]) ? ' ' : source[i];
                    }
                });
            }
        }

        return text;
    }

    public static string Summary(ComparisonStatistics s)
    {
        return string.Create(CultureInfo.InvariantCulture,
            $"sections: {s.SectionsModified} modified, {s.SectionsAdded} added, {s.SectionsRemoved} removed, {s.SectionsUnchanged} unchanged; " +
            $"sentences: {s.SentencesModified} modified, {s.SentencesMoved} moved, {s.SentencesAdded} added, {s.SentencesRemoved} removed, {s.SentencesUnchanged} unchanged; " +
            $"{s.SubstantiveChanges} substantive, {s.RoutineChanges} routine, {s.FormattingChanges} formatting only; words +{s.WordsAdded} −{s.WordsRemoved}");
    }

    public static string Edition(Editions.EditionMetadata edition)
    {
        return string.Create(CultureInfo.InvariantCulture, $"{edition.CountryName} {edition.Year}");
    }
}
