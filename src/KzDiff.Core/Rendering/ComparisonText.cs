using System.Globalization;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// Terminal output: one block per section, a line per changed sentence marked with a symbol
/// (so it reads without colour) and word changes inline as [-deleted-]{+inserted+}, the
/// convention of <c>git diff --word-diff</c>. Colours are ANSI escapes, only when asked for.
/// </summary>
public static class ComparisonText
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public static void Render(EditionComparison comparison, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= RenderOptions.Default;
        var color = options.Color;
        var view = ComparisonFilter.Apply(comparison, options);
        writer.WriteLine(Paint(color, Bold, SectionLabels.Clean($"{SectionLabels.Edition(view.Old)} → {SectionLabels.Edition(view.New)}")));
        writer.WriteLine(SectionLabels.Summary(view.Statistics));
        foreach (var section in view.Sections)
        {
            writer.WriteLine();
            var flags = SectionLabels.Flags(section);
            var status = section.Status.ToString().ToLowerInvariant() + (flags.Length > 0 ? ", " + flags : string.Empty);
            writer.WriteLine(Paint(color, Cyan, $"== {SectionLabels.Clean(SectionLabels.Heading(section))}  [{status}]"));
            foreach (var row in section.Sentences)
            {
                WriteRow(writer, row, color);
            }
        }
    }

    private static void WriteRow(TextWriter writer, SentenceChange row, bool color)
    {
        switch (row.Status)
        {
            case SentenceStatus.Unchanged:
                writer.WriteLine(Paint(color, Dim, "  " + SectionLabels.Clean(row.New)));
                break;
            case SentenceStatus.Added:
                writer.WriteLine(Paint(color, Green, "+ " + SectionLabels.Clean(row.New)));
                break;
            case SentenceStatus.Removed:
                writer.WriteLine(Paint(color, Red, "- " + SectionLabels.Clean(row.Old)));
                break;
            case SentenceStatus.Modified:
                writer.WriteLine("~ " + Words(row, color) + Suffix(row));
                break;
            case SentenceStatus.Moved when row.MovedTo is not null:
                writer.WriteLine(Paint(color, Yellow, $"> moved to {SectionLabels.Clean(row.MovedTo)}: ") + SectionLabels.Clean(row.Old));
                break;
            case SentenceStatus.Moved:
                writer.WriteLine(Paint(color, Yellow, $"< moved from {SectionLabels.Clean(row.MovedFrom)}: ") + (row.Words.IsEmpty ? SectionLabels.Clean(row.New) : Words(row, color)) + Suffix(row));
                break;
        }
    }

    private static string Suffix(SentenceChange row)
    {
        var parts = new List<string>(2);
        if (row.Kind is ChangeKind.Formatting or ChangeKind.Routine)
        {
            parts.Add(row.Kind.ToString().ToLowerInvariant());
        }

        if (row.Note is not null)
        {
            parts.Add(row.Note);
        }

        return parts.Count == 0 ? string.Empty : "  (" + string.Join("; ", parts) + ")";
    }

    private static string Words(SentenceChange row, bool color)
    {
        var text = new System.Text.StringBuilder();
        foreach (var edit in row.Words)
        {
            switch (edit.Operation)
            {
                case WordOperation.Equal:
                    text.Append(SectionLabels.Clean(edit.Text));
                    break;
                case WordOperation.Delete:
                    text.Append(Paint(color, Red, "[-" + SectionLabels.Clean(edit.Text) + "-]"));
                    break;
                case WordOperation.Insert:
                    text.Append(Paint(color, Green, "{+" + SectionLabels.Clean(edit.Text) + "+}"));
                    break;
            }
        }

        return text.ToString();
    }

    private static string Paint(bool color, string code, string text) => color ? code + text + Reset : text;
}
