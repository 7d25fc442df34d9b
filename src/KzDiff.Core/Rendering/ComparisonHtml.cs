using System.Globalization;
using System.Net;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// One self-contained side-by-side page: old text left, new right, one aligned row per sentence,
/// word changes as &lt;del&gt;/&lt;ins&gt; (struck and underlined, plus a symbol per row, so
/// nothing depends on colour alone), moved sentences linked to their other end. Every piece of
/// report text goes through <see cref="WebUtility.HtmlEncode"/>: script, event handlers and
/// javascript: URLs in a report render as inert text.
/// </summary>
public static class ComparisonHtml
{
    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
        header{padding:12px 20px;background:#f3f4f6;border-bottom:1px solid #d0d4da;position:sticky;top:0}
        h1{font-size:20px;margin:0 0 4px} .stats{font-size:13px;color:#444}
        main{padding:0 20px 40px} section{margin-top:22px}
        h2{font-size:16px;margin:0 0 6px;border-bottom:1px solid #ccd} .flags{font-weight:normal;color:#7a4b00;font-size:13px}
        .evidence{font-size:12px;color:#666;margin:0 0 6px}
        table{width:100%;border-collapse:collapse;table-layout:fixed}
        td{vertical-align:top;padding:3px 8px;border-bottom:1px solid #eee;width:50%}
        td.sym{width:1.6em;text-align:center;font-weight:bold;padding:3px 0}
        tr.unchanged td{color:#666} tr.formatting td{color:#555}
        tr.added td.new{background:#e9f7ec} tr.removed td.old{background:#fdeceb}
        tr.moved td{background:#fff7e0}
        del{background:#f9d3d0;text-decoration:line-through} ins{background:#cdeed4;text-decoration:underline}
        .tag{font-size:11px;color:#7a4b00;display:block} a{color:#0b57d0}
        body.changes-only tr.unchanged,body.changes-only tr.formatting{display:none}
        """;

    private const string Script = """
        document.getElementById('changes-only').addEventListener('change',function(e){document.body.classList.toggle('changes-only',e.target.checked);});
        """;

    public static void Render(EditionComparison comparison, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        var view = ComparisonFilter.Apply(comparison, options ?? RenderOptions.Default);
        var moves = MoveAnchors.Assign(view);
        var title = $"{SectionLabels.Edition(view.Old)} → {SectionLabels.Edition(view.New)}";
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{E(title)} · KzDiff</title><style>{Style}</style></head><body>");
        writer.WriteLine($"<header><h1>{E(title)}</h1><div class=\"stats\">{E(SectionLabels.Summary(view.Statistics))}</div>");
        writer.WriteLine("<label class=\"stats\"><input type=\"checkbox\" id=\"changes-only\"> show changes only</label>");
        writer.WriteLine($"<div class=\"stats\">Left: {E(view.Old.SourceName)} · Right: {E(view.New.SourceName)} · engine {E(view.EngineVersion)} · symbols: = same, ~ changed, + added, − removed, ↷ moved</div></header><main>");
        var index = 0;
        foreach (var section in view.Sections)
        {
            WriteSection(writer, section, index++, moves);
        }

        writer.WriteLine($"</main><script>{Script}</script></body></html>");
    }

    private static void WriteSection(TextWriter writer, SectionChange section, int index, MoveAnchors moves)
    {
        var flags = SectionLabels.Flags(section);
        var status = section.Status.ToString().ToLowerInvariant() + (flags.Length > 0 ? ", " + flags : string.Empty);
        writer.WriteLine($"<section id=\"s{index}\"><h2>{E(SectionLabels.Heading(section))} <span class=\"flags\">[{E(status)}]</span></h2>");
        if (section.Evidence.Length > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<p class=\"evidence\">similarity {section.Similarity:P0}, confidence {section.Confidence:P0}: {E(string.Join("; ", section.Evidence))}</p>"));
        }

        if (section.Sentences.IsEmpty)
        {
            writer.WriteLine("</section>");
            return;
        }

        writer.WriteLine("<table>");
        for (var r = 0; r < section.Sentences.Length; r++)
        {
            WriteRow(writer, section.Sentences[r], moves);
        }

        writer.WriteLine("</table></section>");
    }

    private static void WriteRow(TextWriter writer, SentenceChange row, MoveAnchors moves)
    {
        var css = row.Kind == ChangeKind.Formatting ? "formatting" : row.Status.ToString().ToLowerInvariant();
        var note = row.Note is null ? string.Empty : $"<span class=\"tag\">{E(row.Note)}</span>";
        var kind = row.Kind is ChangeKind.Routine or ChangeKind.Formatting ? $"<span class=\"tag\">{E(row.Kind.ToString().ToLowerInvariant())}</span>" : string.Empty;
        switch (row.Status)
        {
            case SentenceStatus.Unchanged:
                Row(writer, css, "=", E(row.Old), E(row.New));
                break;
            case SentenceStatus.Added:
                Row(writer, css, "+", string.Empty, E(row.New) + note);
                break;
            case SentenceStatus.Removed:
                Row(writer, css, "−", E(row.Old) + note, string.Empty);
                break;
            case SentenceStatus.Modified:
                Row(writer, css, "~", Side(row, WordOperation.Delete) + kind + note, Side(row, WordOperation.Insert) + kind + note);
                break;
            case SentenceStatus.Moved:
                var (id, other) = moves.For(row);
                if (row.MovedTo is not null)
                {
                    var link = $"<span class=\"tag\" id=\"{id}\">↷ moved to <a href=\"#{other}\">{E(row.MovedTo)}</a></span>";
                    Row(writer, css, "↷", E(row.Old) + link, string.Empty);
                }
                else
                {
                    var link = $"<span class=\"tag\" id=\"{id}\">↶ moved from <a href=\"#{other}\">{E(row.MovedFrom)}</a></span>";
                    var text = row.Words.IsEmpty ? E(row.New) : Side(row, WordOperation.Insert);
                    Row(writer, css, "↶", string.Empty, text + kind + note + link);
                }

                break;
        }
    }

    private static void Row(TextWriter writer, string css, string symbol, string oldHtml, string newHtml)
    {
        writer.WriteLine($"<tr class=\"{css}\"><td class=\"sym\" aria-hidden=\"true\">{symbol}</td><td class=\"old\">{oldHtml}</td><td class=\"new\">{newHtml}</td></tr>");
    }

    /// <summary>One side of a word diff: equal text plus this side's changes (deletions on the left, insertions on the right).</summary>
    private static string Side(SentenceChange row, WordOperation shown)
    {
        var html = new System.Text.StringBuilder();
        foreach (var edit in row.Words)
        {
            if (edit.Operation == WordOperation.Equal)
            {
                html.Append(E(edit.Text));
            }
            else if (edit.Operation == shown)
            {
                var tag = shown == WordOperation.Insert ? "ins" : "del";
                html.Append('<').Append(tag).Append('>').Append(E(edit.Text)).Append("</").Append(tag).Append('>');
            }
        }

        return html.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
