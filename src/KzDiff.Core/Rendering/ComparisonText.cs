using System.Collections.Immutable;
using System.Text;
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
        var line = new StringBuilder();
        foreach (var runs in Lines(comparison, options))
        {
            line.Clear();
            foreach (var run in runs)
            {
                line.Append(run.Text);
            }

            writer.WriteLine(line);
        }
    }

    /// <summary>The output line by line, each line as runs of text with their tone; an empty line has no runs.</summary>
    public static IEnumerable<ImmutableArray<TextRun>> Lines(EditionComparison comparison, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        options ??= RenderOptions.Default;
        return LinesOf(ComparisonFilter.InReadingOrder(ComparisonFilter.Apply(comparison, options), options.NewOutline), FlagLabels.ShowsSummary(comparison, options));
    }

    private static IEnumerable<ImmutableArray<TextRun>> LinesOf(EditionComparison view, bool showSummary)
    {
        yield return [new TextRun(SectionLabels.Clean($"{SectionLabels.Edition(view.Old)} → {SectionLabels.Edition(view.New)}"), TextTone.Title)];
        yield return [new TextRun(SectionLabels.Summary(view.Statistics), TextTone.Plain)];
        if (showSummary)
        {
            yield return [];
            yield return [new TextRun("Key changes", TextTone.Heading)];
            if (view.Summary.Text.Length > 0)
            {
                yield return [new TextRun(SectionLabels.Clean(view.Summary.Text), TextTone.Plain)];
            }

            foreach (var change in view.Summary.KeyChanges)
            {
                yield return [new TextRun("! " + FlagLabels.KeyChangeLine(change), TextTone.Plain)];
            }
        }

        var moves = MoveAnchors.Assign(view);
        foreach (var section in view.Sections)
        {
            yield return [];
            var flags = SectionLabels.Flags(section);
            var status = section.Status.ToString().ToLowerInvariant() + (flags.Length > 0 ? ", " + flags : string.Empty);
            var flagged = section.Flags.IsEmpty ? string.Empty : $"  !{FlagLabels.List(section.Flags)}";
            yield return [new TextRun($"== {SectionLabels.Clean(SectionLabels.Heading(section))}  [{status}]{flagged}", TextTone.Heading)];
            foreach (var row in section.Sentences)
            {
                if (Row(row, moves) is { IsDefault: false } line)
                {
                    yield return line;
                }
            }
        }
    }

    private static ImmutableArray<TextRun> Row(SentenceChange row, MoveAnchors moves)
    {
        var runs = ImmutableArray.CreateBuilder<TextRun>();
        switch (row.Status)
        {
            case SentenceStatus.Unchanged:
                runs.Add(new TextRun("  " + SectionLabels.Clean(row.New), TextTone.Unchanged));
                break;
            case SentenceStatus.Added:
                runs.Add(new TextRun("+ " + SectionLabels.Clean(row.New), TextTone.Added));
                AddSuffix(runs, row);
                break;
            case SentenceStatus.Removed:
                runs.Add(new TextRun("- " + SectionLabels.Clean(row.Old), TextTone.Removed));
                AddSuffix(runs, row);
                break;
            case SentenceStatus.Modified:
                runs.Add(new TextRun("~ ", TextTone.Plain));
                AddWords(runs, row);
                AddSuffix(runs, row);
                break;
            case SentenceStatus.Moved when row.MovedTo is not null:
                runs.Add(new TextRun($"> {SectionLabels.Clean(moves.Describe(row))}: ", TextTone.Moved));
                runs.Add(new TextRun(SectionLabels.Clean(row.Old), TextTone.Plain));
                break;
            case SentenceStatus.Moved:
                runs.Add(new TextRun($"< {SectionLabels.Clean(moves.Describe(row))}: ", TextTone.Moved));
                if (row.Words.IsEmpty)
                {
                    runs.Add(new TextRun(SectionLabels.Clean(row.New), TextTone.Plain));
                }
                else
                {
                    AddWords(runs, row);
                }

                AddSuffix(runs, row);
                break;
            default:
                return default;
        }

        return runs.ToImmutable();
    }

    private static void AddSuffix(ImmutableArray<TextRun>.Builder runs, SentenceChange row)
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
            runs.Add(new TextRun("  (" + string.Join("; ", parts) + ")", TextTone.Plain));
        }
    }

    private static void AddWords(ImmutableArray<TextRun>.Builder runs, SentenceChange row)
    {
        foreach (var edit in row.Words)
        {
            switch (edit.Operation)
            {
                case WordOperation.Equal:
                    runs.Add(new TextRun(SectionLabels.Clean(edit.Text), TextTone.Plain));
                    break;
                case WordOperation.Delete:
                    runs.Add(new TextRun("[-" + SectionLabels.Clean(edit.Text) + "-]", TextTone.Removed));
                    break;
                case WordOperation.Insert:
                    runs.Add(new TextRun("{+" + SectionLabels.Clean(edit.Text) + "+}", TextTone.Added));
                    break;
            }
        }
    }
}
