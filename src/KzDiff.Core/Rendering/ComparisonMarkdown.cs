using System.Globalization;
using System.Text;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// A change summary to paste into an article or a ticket: the outline changes first, then per
/// section the substantive changes quoted, insertions in **bold** and deletions ~~struck~~.
/// Routine updates (a year rolled forward) and formatting-only changes are counted, not listed.
/// </summary>
public static class ComparisonMarkdown
{
    public static void Render(EditionComparison comparison, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= RenderOptions.Default;
        var view = ComparisonFilter.InReadingOrder(ComparisonFilter.Apply(comparison, options), options.NewOutline);
        writer.WriteLine($"# {Escape(SectionLabels.Edition(view.Old))} → {Escape(SectionLabels.Edition(view.New))}: what changed");
        writer.WriteLine();
        writer.WriteLine($"Old: {Source(view.Old)}  ");
        writer.WriteLine($"New: {Source(view.New)}");
        if (FlagLabels.ShowsSummary(comparison, options))
        {
            WriteKeyChanges(comparison, writer);
        }

        writer.WriteLine();
        writer.WriteLine(Escape(SectionLabels.Summary(view.Statistics)) + ".");
        WriteOutline(view, writer);
        writer.WriteLine();
        writer.WriteLine("## Changes by section");
        var any = false;
        var moves = MoveAnchors.Assign(view);
        foreach (var section in view.Sections)
        {
            any |= WriteSection(section, writer, moves);
        }

        if (!any)
        {
            writer.WriteLine();
            writer.WriteLine("No substantive changes.");
        }
    }

    private static void WriteKeyChanges(EditionComparison comparison, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("## Key changes");
        if (comparison.Summary.Text.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine(Escape(comparison.Summary.Text));
        }

        if (comparison.Summary.KeyChanges.IsEmpty)
        {
            return;
        }

        writer.WriteLine();
        foreach (var change in comparison.Summary.KeyChanges)
        {
            writer.WriteLine($"- **{FlagLabels.Label(change.Flag.Kind)}:** {Escape(change.Flag.Explanation)} _(in {Escape(change.Section.Title)})_");
        }
    }

    private static void WriteOutline(EditionComparison view, TextWriter writer)
    {
        var lines = new List<string>();
        foreach (var section in view.Sections)
        {
            var flags = SectionLabels.Flags(section);
            if (section.Status == SectionStatus.Added)
            {
                lines.Add($"- **Added:** {Escape(SectionLabels.Describe(section.New!))}");
            }
            else if (section.Status == SectionStatus.Removed)
            {
                lines.Add($"- **Removed:** {Escape(SectionLabels.Describe(section.Old!))}");
            }
            else if (flags.Length > 0)
            {
                lines.Add($"- **{Capitalise(flags)}:** {Escape(SectionLabels.Describe(section.Old!))} → {Escape(SectionLabels.Describe(section.New!))}");
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("## Outline");
        writer.WriteLine();
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }

    private static bool WriteSection(SectionChange section, TextWriter writer, MoveAnchors moves)
    {
        int routine = 0, formatting = 0;
        var items = new List<string>();
        foreach (var row in section.Sentences)
        {
            if (row.Kind == ChangeKind.Routine)
            {
                routine++;
                continue;
            }

            if (row.Kind == ChangeKind.Formatting)
            {
                formatting++;
                continue;
            }

            var item = Item(row, moves);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (items.Count == 0 && routine == 0)
        {
            return false;
        }

        writer.WriteLine();
        writer.WriteLine($"### {Escape(SectionLabels.Heading(section))}");
        writer.WriteLine();
        foreach (var item in items)
        {
            writer.WriteLine(item);
        }

        if (routine + formatting > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- _Also {routine} routine update{(routine == 1 ? string.Empty : "s")} (dates rolled forward) and {formatting} formatting-only change{(formatting == 1 ? string.Empty : "s")}._"));
        }

        return true;
    }

    private static string? Item(SentenceChange row, MoveAnchors moves)
    {
        var note = row.Note is null ? string.Empty : $" ({Escape(row.Note)})";
        if (!row.Flags.IsEmpty)
        {
            note += $" _\\[{Escape(FlagLabels.List(row.Flags))}\\]_";
        }

        return row.Status switch
        {
            SentenceStatus.Added => $"- **Added:**{note}\n  > {Escape(row.New)}",
            SentenceStatus.Removed => $"- **Removed:**{note}\n  > ~~{Escape(row.Old)}~~",
            SentenceStatus.Modified => $"- **Changed:**{note}\n  > {Words(row)}",
            SentenceStatus.Moved when row.MovedFrom is not null =>
                $"- **{Escape(Capitalise(moves.Describe(row) ?? "moved"))}:**{note}\n  > {(row.Words.IsEmpty ? Escape(row.New) : Words(row))}",
            SentenceStatus.Moved => $"- **{Escape(Capitalise(moves.Describe(row) ?? "moved"))}:**\n  > {Escape(row.Old)}",
            _ => null,
        };
    }

    private static string Words(SentenceChange row)
    {
        var text = new StringBuilder();
        foreach (var edit in row.Words)
        {
            var escaped = Escape(edit.Text);
            var trimmed = escaped.Trim();
            if (edit.Operation == WordOperation.Equal || trimmed.Length == 0)
            {
                text.Append(escaped);
                continue;
            }

            // Markdown emphasis must hug its text: keep surrounding spaces outside the markers.
            var marker = edit.Operation == WordOperation.Insert ? "**" : "~~";
            var lead = escaped[..^escaped.TrimStart().Length];
            var trail = escaped[escaped.TrimEnd().Length..];
            text.Append(lead).Append(marker).Append(trimmed).Append(marker).Append(trail);
        }

        // A deletion's trailing space next to an insertion's leading one would double up.
        while (text.ToString().Contains("  ", StringComparison.Ordinal))
        {
            text.Replace("  ", " ");
        }

        return text.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Escapes Markdown and HTML syntax in report text so a pasted summary shows it literally.</summary>
    // The report by its title, linked to its page on state.gov when the source named it; never the file name.
    private static string Source(Editions.EditionMetadata edition) => edition.Address is null
        ? Escape(edition.ReportTitle())
        : $"[{Escape(edition.ReportTitle())}](<{edition.Address}>)";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in SectionLabels.Clean(text))
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '#' or '|' or '~' or '>':
                    result.Append('\\').Append(c);
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '&':
                    result.Append("&amp;");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
