using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;
using Microsoft.AspNetCore.Html;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// The table rows of one section (or of the ranked list), written as HTML by the page and by the
/// address that sends a section's rows when the reader comes near it. Every byte here repeats for
/// each of a thousand changes, so a row carries only what it shows: the status is named for screen
/// readers by the stylesheet, the copy button is added by the script near the screen, and a folded
/// run of unchanged sentences is a summary whose text is fetched when it is opened.
/// </summary>
/// <param name="rows">The rows to write.</param>
/// <param name="sectionAnchor">The section's id, which names its folded runs ("sec-2-a-u14").</param>
/// <param name="runAddress">Address of a folded run's text, before its <c>part</c>, <c>first</c> and <c>last</c> parameters ("/compare/kazakhstan/2019..2020/run").</param>
public sealed class RowsHtml(IEnumerable<ComparisonRow> rows, string sectionAnchor, string runAddress) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        foreach (var row in rows)
        {
            switch (row)
            {
                case ChangeRow change:
                    WriteChange(writer, encoder, change);
                    break;
                case UnchangedRun { Folded: true } run:
                    WriteFolded(writer, encoder, run);
                    break;
                case UnchangedRun run:
                    writer.Write("<tr class=\"run\"><td colspan=\"2\"><p class=\"same\">");
                    RunText(run.Sentences).WriteTo(writer, encoder);
                    writer.Write("</p></td></tr>");
                    break;
            }
        }
    }

    /// <summary>Unchanged sentences printed one after another, as one paragraph.</summary>
    public static PiecesHtml RunText(IEnumerable<ImmutableArray<TextPiece>> sentences) =>
        new([.. sentences.SelectMany((sentence, i) => i == 0 ? sentence : sentence.Insert(0, new TextPiece(" ", PieceStyle.Plain, false)))]);

    /// <summary>The id of a folded run: its section's and its first sentence's.</summary>
    public static string RunAnchor(string sectionAnchor, int first) => sectionAnchor + "-u" + first.ToString(CultureInfo.InvariantCulture);

    private void WriteFolded(TextWriter writer, HtmlEncoder encoder, UnchangedRun run)
    {
        var address = runAddress + "?part=" + Uri.EscapeDataString(sectionAnchor) + "&first=" + run.First.ToString(CultureInfo.InvariantCulture)
            + "&last=" + run.Last.ToString(CultureInfo.InvariantCulture);
        var count = run.Sentences.Length.ToString(CultureInfo.InvariantCulture);
        writer.Write("<tr class=\"run\" id=\"");
        encoder.Encode(writer, RunAnchor(sectionAnchor, run.First));
        writer.Write("\"><td colspan=\"2\"><details data-run=\"");
        encoder.Encode(writer, address);
        writer.Write("\"><summary>");
        writer.Write(count);
        // Without the script the opened run offers its text as a page of its own.
        writer.Write(" unchanged sentences</summary><a class=\"run-link\" href=\"");
        encoder.Encode(writer, address);
        writer.Write("\">Read the ");
        writer.Write(count);
        writer.Write(" sentences</a></details></td></tr>");
    }

    private static void WriteChange(TextWriter writer, HtmlEncoder encoder, ChangeRow row)
    {
        var kind = row.Kind.ToString().ToLowerInvariant();
        var move = row.Move;
        var departure = move is { Departure: true };
        var arrival = move is { Departure: false };
        // The arrival's old cell always holds the link back; a departure's new cell holds the link on.
        var oldEmpty = row.Old.Length == 0 && !arrival;
        var newEmpty = row.New.Length == 0 && !departure;
        writer.Write("<tr id=\"");
        encoder.Encode(writer, row.Anchor);
        writer.Write("\" class=\"chg st-");
        writer.Write(row.Status.ToString().ToLowerInvariant());
        writer.Write(" k-");
        writer.Write(kind);
        writer.Write(departure ? " mv-out" : arrival ? " mv-in" : "");
        writer.Write(move is { Reorder: true } ? " mv-re" : "");
        writer.Write('"');
        if (move?.Id is { } id)
        {
            writer.Write(" data-move=\"");
            encoder.Encode(writer, id);
            writer.Write('"');
        }

        writer.Write("><td class=\"old");
        writer.Write(oldEmpty ? " empty\">" : "\">");
        if (arrival)
        {
            WriteMove(writer, encoder, "&#x21B6; ", row, move!);
        }

        new PiecesHtml(row.Old).WriteTo(writer, encoder);
        if (newEmpty)
        {
            WriteMeta(writer, encoder, row, kind);
        }

        writer.Write("</td><td class=\"new");
        writer.Write(newEmpty ? " empty\">" : "\">");
        if (departure)
        {
            WriteMove(writer, encoder, "&#x21B7; ", row, move!);
        }
        else
        {
            new PiecesHtml(row.New).WriteTo(writer, encoder);
        }

        if (!newEmpty)
        {
            WriteMeta(writer, encoder, row, kind);
        }

        writer.Write("</td></tr>");
    }

    private static void WriteMove(TextWriter writer, HtmlEncoder encoder, string arrow, ChangeRow row, MoveEnd move)
    {
        writer.Write("<span class=\"move\">");
        writer.Write(arrow);
        writer.Write("<a href=\"");
        encoder.Encode(writer, move.OtherEnd ?? "#" + row.Anchor);
        writer.Write("\">");
        encoder.Encode(writer, move.Where);
        writer.Write("</a></span>");
    }

    /// <summary>Flags, kind, note and permalink go in the cell that has text: an empty cell stays empty.</summary>
    private static void WriteMeta(TextWriter writer, HtmlEncoder encoder, ChangeRow row, string kind)
    {
        writer.Write("<span class=\"meta\">");
        if (!row.Flags.IsEmpty)
        {
            writer.Write("<span class=\"flags\">");
            WriteFlags(writer, encoder, row.Flags);
            writer.Write("</span>");
        }

        if (row.Kind is ChangeKind.Routine or ChangeKind.Formatting)
        {
            writer.Write("<span class=\"kind\">");
            writer.Write(kind);
            writer.Write("</span>");
        }

        if (row.Note is not null)
        {
            writer.Write("<span class=\"note\">");
            encoder.Encode(writer, row.Note);
            writer.Write("</span>");
        }

        writer.Write("<a class=\"pl\" href=\"#");
        encoder.Encode(writer, row.Anchor);
        writer.Write("\" aria-label=\"Link to this change\">#</a></span>");
    }

    /// <summary>Flag badges, labelled for screen readers with their explanation.</summary>
    public static void WriteFlags(TextWriter writer, HtmlEncoder encoder, ImmutableArray<ChangeFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        foreach (var flag in flags)
        {
            var label = FlagLabels.Label(flag.Kind);
            writer.Write("<span class=\"flag fk-");
            encoder.Encode(writer, label);
            writer.Write("\" title=\"");
            encoder.Encode(writer, flag.Explanation);
            writer.Write("\">");
            encoder.Encode(writer, label);
            writer.Write("<span class=\"sr-only\">: ");
            encoder.Encode(writer, flag.Explanation);
            writer.Write("</span></span>");
        }
    }
}
