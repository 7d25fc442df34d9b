using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// Terminal output: one block per section, a line per changed sentence marked with a symbol
/// (so it reads without colour) and word changes inline as [-deleted-]{+inserted+}, the
/// convention of <c>git diff --word-diff</c>. Plain text only: <see cref="Lines"/> tags each run
/// with a <see cref="TextTone"/> for a front end that colours (the CLI, on a terminal).
/// </summary>
public static class ComparisonText
{
    public static void Render(EditionComparison comparison, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in PiecesOf(comparison, options))
        {
            foreach (var piece in line)
            {
                piece.WriteTo(writer);
            }

            writer.WriteLine();
        }
    }

    /// <summary>The output line by line, each line as runs of text with their tone; an empty line has no runs.</summary>
    public static IEnumerable<ImmutableArray<TextRun>> Lines(EditionComparison comparison, RenderOptions? options = null) =>
        RunsOf(PiecesOf(comparison, options));

    private static IEnumerable<ImmutableArray<TextRun>> RunsOf(IEnumerable<List<TextPiece>> lines)
    {
        foreach (var line in lines)
        {
            var runs = ImmutableArray.CreateBuilder<TextRun>(line.Count);
            foreach (var piece in line)
            {
                runs.Add(piece.ToRun());
            }

            yield return runs.MoveToImmutable();
        }
    }

    /// <summary>
    /// The output line by line as pieces of runs, for <see cref="Render"/> and <see cref="Lines"/>
    /// alike: the one list is refilled for every line and holds it until the next is asked for.
    /// </summary>
    private static IEnumerable<List<TextPiece>> PiecesOf(EditionComparison comparison, RenderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        options ??= RenderOptions.Default;
        return PiecesOf(ComparisonFilter.InReadingOrder(ComparisonFilter.Apply(comparison, options), options.NewOutline), FlagLabels.ShowsSummary(comparison, options), []);
    }

    private static IEnumerable<List<TextPiece>> PiecesOf(EditionComparison view, bool showSummary, List<TextPiece> line)
    {
        yield return One(line, SectionLabels.Clean($"{SectionLabels.Edition(view.Old)} → {SectionLabels.Edition(view.New)}"), TextTone.Title);
        yield return One(line, SectionLabels.Summary(view.Statistics), TextTone.Plain);
        if (showSummary)
        {
            yield return Empty(line);
            yield return One(line, "Key changes", TextTone.Heading);
            if (view.Summary.Text.Length > 0)
            {
                yield return One(line, SectionLabels.Clean(view.Summary.Text), TextTone.Plain);
            }

            foreach (var change in view.Summary.KeyChanges)
            {
                yield return One(line, "! " + FlagLabels.KeyChangeLine(change), TextTone.Plain);
            }
        }

        var moves = MoveAnchors.Assign(view);
        foreach (var section in view.Sections)
        {
            yield return Empty(line);
            var flags = SectionLabels.Flags(section);
            var status = section.Status.ToString().ToLowerInvariant() + (flags.Length > 0 ? ", " + flags : string.Empty);
            var flagged = section.Flags.IsEmpty ? string.Empty : $"  !{FlagLabels.List(section.Flags)}";
            yield return One(line, $"== {SectionLabels.Clean(SectionLabels.Heading(section))}  [{status}]{flagged}", TextTone.Heading);
            foreach (var row in section.Sentences)
            {
                if (Row(Empty(line), row, moves))
                {
                    yield return line;
                }
            }
        }
    }

    private static List<TextPiece> Empty(List<TextPiece> line)
    {
        line.Clear();
        return line;
    }

    private static List<TextPiece> One(List<TextPiece> line, string text, TextTone tone)
    {
        Empty(line).Add(new TextPiece(text, tone));
        return line;
    }

    /// <summary>Adds the row's pieces to <paramref name="runs"/>; false when the row has no line.</summary>
    private static bool Row(List<TextPiece> runs, SentenceChange row, MoveAnchors moves)
    {
        switch (row.Status)
        {
            case SentenceStatus.Unchanged:
                runs.Add(new TextPiece("  ", SectionLabels.Clean(row.New), string.Empty, TextTone.Unchanged));
                break;
            case SentenceStatus.Added:
                runs.Add(new TextPiece("+ ", SectionLabels.Clean(row.New), string.Empty, TextTone.Added));
                AddSuffix(runs, row);
                break;
            case SentenceStatus.Removed:
                runs.Add(new TextPiece("- ", SectionLabels.Clean(row.Old), string.Empty, TextTone.Removed));
                AddSuffix(runs, row);
                break;
            case SentenceStatus.Modified:
                runs.Add(new TextPiece("~ ", TextTone.Plain));
                AddWords(runs, row);
                AddSuffix(runs, row);
                break;
            case SentenceStatus.Moved when row.MovedTo is not null:
                runs.Add(new TextPiece("> ", SectionLabels.Clean(moves.Describe(row)), ": ", TextTone.Moved));
                runs.Add(new TextPiece(SectionLabels.Clean(row.Old), TextTone.Plain));
                break;
            case SentenceStatus.Moved:
                runs.Add(new TextPiece("< ", SectionLabels.Clean(moves.Describe(row)), ": ", TextTone.Moved));
                if (row.Words.IsEmpty)
                {
                    runs.Add(new TextPiece(SectionLabels.Clean(row.New), TextTone.Plain));
                }
                else
                {
                    AddWords(runs, row);
                }

                AddSuffix(runs, row);
                break;
            default:
                return false;
        }

        return true;
    }

    private static void AddSuffix(List<TextPiece> runs, SentenceChange row)
    {
        var parts = new List<string>(3);
        if (!row.Flags.IsEmpty)
        {
            parts.Add("!" + FlagLabels.List(row.Flags));
        }

        if (row.Kind is ChangeKind.Formatting or ChangeKind.Routine)
        {
            parts.Add(row.Kind.ToString().ToLowerInvariant());
        }

        if (row.Note is not null)
        {
            parts.Add(row.Note);
        }

        if (parts.Count > 0)
        {
            runs.Add(new TextPiece("  (", string.Join("; ", parts), ")", TextTone.Plain));
        }
    }

    private static void AddWords(List<TextPiece> runs, SentenceChange row)
    {
        foreach (var edit in row.Words)
        {
            switch (edit.Operation)
            {
                case WordOperation.Equal:
                    runs.Add(new TextPiece(SectionLabels.Clean(edit.Text), TextTone.Plain));
                    break;
                case WordOperation.Delete:
                    runs.Add(new TextPiece("[-", SectionLabels.Clean(edit.Text), "-]", TextTone.Removed));
                    break;
                case WordOperation.Insert:
                    runs.Add(new TextPiece("{+", SectionLabels.Clean(edit.Text), "+}", TextTone.Added));
                    break;
            }
        }
    }
}
