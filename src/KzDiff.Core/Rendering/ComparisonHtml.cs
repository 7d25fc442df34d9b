using System.Globalization;
using System.Net;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// One self-contained side-by-side page: old text left, new right, one aligned row per sentence,
/// word changes inside a sentence as &lt;del&gt;/&lt;ins&gt; (struck and underlined), whole added or
/// removed sentences tinted, a symbol per row so nothing depends on colour alone; the two ends of a
/// moved sentence paired by its move id and linked to each other. Every piece of
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
        tr.moved td{background:#fff7e0} tr.departure td{background:#fffbf0}
        del{background:#f9d3d0;text-decoration:line-through} ins{background:#cdeed4;text-decoration:underline}
        .tag{font-size:11px;color:#7a4b00;display:block} a{color:#0b57d0}
        .flag{display:inline-block;font-size:11px;border:1px solid #b26a00;border-radius:3px;padding:0 4px;margin:0 3px 0 0;color:#6b3f00;background:#fff4e0}
        .key{background:#fffaf0;border:1px solid #e8d3a8;padding:8px 14px;margin-top:16px} .key h2{border:0} .key ol{margin:6px 0 0;padding-left:22px} .muted{color:#555}
        body.changes-only tr.unchanged,body.changes-only tr.formatting{display:none}
        """;

    private const string Script = """
        document.getElementById('changes-only').addEventListener('change',function(e){document.body.classList.toggle('changes-only',e.target.checked);});
        """;

    public static void Render(EditionComparison comparison, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= RenderOptions.Default;
        var view = ComparisonFilter.InReadingOrder(ComparisonFilter.Apply(comparison, options), options.NewOutline);
        var moves = MoveAnchors.Assign(view);
        // Ids from the whole comparison, as the compare page and the contract's key changes use them.
        var ids = Ids.Of(comparison, view);
        var title = $"{SectionLabels.Edition(view.Old)} → {SectionLabels.Edition(view.New)}";
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{E(title)} · KzDiff</title><style>{Style}</style></head><body>");
        writer.WriteLine($"<header><h1>{E(title)}</h1><div class=\"stats\">{E(SectionLabels.Summary(view.Statistics))}</div>");
        writer.WriteLine("<label class=\"stats\"><input type=\"checkbox\" id=\"changes-only\"> show changes only</label>");
        writer.WriteLine($"<div class=\"stats\">Left: {Source(view.Old)} · Right: {Source(view.New)} · engine {E(view.EngineVersion)} · symbols: = same, ~ changed, + added, − removed, ↷ moved</div></header><main>");
        if (FlagLabels.ShowsSummary(comparison, options))
        {
            WriteKeyChanges(writer, comparison, ids);
        }

        foreach (var section in view.Sections)
        {
            WriteSection(writer, section, ids, moves);
        }

        writer.WriteLine($"</main><script>{Script}</script></body></html>");
    }

    private static void WriteKeyChanges(TextWriter writer, EditionComparison comparison, Ids ids)
    {
        writer.WriteLine("<section class=\"key\" aria-labelledby=\"key-changes\"><h2 id=\"key-changes\">Key changes</h2>");
        if (comparison.Summary.Text.Length > 0)
        {
            writer.WriteLine($"<p>{E(comparison.Summary.Text)}</p>");
        }

        if (!comparison.Summary.KeyChanges.IsEmpty)
        {
            writer.WriteLine("<ol>");
            foreach (var change in comparison.Summary.KeyChanges)
            {
                var anchor = ids.Anchors.For(change);
                // A row left out of this export (changes only drops formatting rows) is not linked.
                var where = ids.Present(anchor) ? $"<a href=\"#{E(anchor)}\">{E(change.Section.Title)}</a>" : E(change.Section.Title);
                writer.WriteLine($"<li>{Flag(change.Flag)} {E(change.Flag.Explanation)} <span class=\"muted\">in {where}</span></li>");
            }

            writer.WriteLine("</ol>");
        }

        writer.WriteLine("</section>");
    }

    private static void WriteSection(TextWriter writer, SectionChange section, Ids ids, MoveAnchors moves)
    {
        var flags = SectionLabels.Flags(section);
        var status = section.Status.ToString().ToLowerInvariant() + (flags.Length > 0 ? ", " + flags : string.Empty);
        var flagged = string.Concat(section.Flags.Select(flag => " " + Flag(flag)));
        writer.WriteLine($"<section id=\"{E(ids.Section(section))}\"><h2>{E(SectionLabels.Heading(section))} <span class=\"flags\">[{E(status)}]</span>{flagged}</h2>");
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
            WriteRow(writer, section.Sentences[r], ids, moves);
        }

        writer.WriteLine("</table></section>");
    }

    private static void WriteRow(TextWriter writer, SentenceChange row, Ids ids, MoveAnchors moves)
    {
        var css = row.Kind == ChangeKind.Formatting ? "formatting" : row.Status.ToString().ToLowerInvariant();
        var flagged = row.Flags.IsEmpty ? string.Empty : $"<span class=\"tag\">{string.Concat(row.Flags.Select(Flag))}</span>";
        var note = row.Note is null ? string.Empty : $"<span class=\"tag\">{E(row.Note)}</span>";
        var id = ids.Sentence(row);
        var kind = row.Kind is ChangeKind.Routine or ChangeKind.Formatting ? $"<span class=\"tag\">{E(row.Kind.ToString().ToLowerInvariant())}</span>" : string.Empty;
        switch (row.Status)
        {
            case SentenceStatus.Unchanged:
                Row(writer, css, id, "=", E(row.Old), E(row.New));
                break;
            case SentenceStatus.Added:
                Row(writer, css, id, "+", string.Empty, E(row.New) + note + flagged);
                break;
            case SentenceStatus.Removed:
                Row(writer, css, id, "−", E(row.Old) + note + flagged, string.Empty);
                break;
            case SentenceStatus.Modified:
                Row(writer, css, id, "~", Side(row, WordOperation.Delete) + kind + note, Side(row, WordOperation.Insert) + kind + note + flagged);
                break;
            case SentenceStatus.Moved:
                // Paired by the engine's move id: the edit shows where the sentence arrived, the departure is a link.
                var (end, other) = moves.For(row);
                var where = E(moves.Describe(row));
                if (row.MovedTo is not null)
                {
                    var link = $"<span class=\"tag\" id=\"{end}\">↷ <a href=\"#{other}\">{where}</a></span>";
                    Row(writer, css + " departure", id, "↷", $"<span class=\"muted\">{E(row.Old)}</span>", link);
                }
                else
                {
                    var link = $"<span class=\"tag\" id=\"{end}\">↶ <a href=\"#{other}\">{where}</a></span>";
                    var oldText = row.Words.IsEmpty ? string.Empty : Side(row, WordOperation.Delete);
                    var newText = row.Words.IsEmpty ? E(row.New) : Side(row, WordOperation.Insert);
                    Row(writer, css, id, "↶", link + oldText, newText + kind + note + flagged);
                }

                break;
        }
    }

    private static void Row(TextWriter writer, string css, string? id, string symbol, string oldHtml, string newHtml)
    {
        var idAttribute = id is null ? string.Empty : $" id=\"{E(id)}\"";
        writer.WriteLine($"<tr{idAttribute} class=\"{css}\"><td class=\"sym\" aria-hidden=\"true\">{symbol}</td><td class=\"old\">{oldHtml}</td><td class=\"new\">{newHtml}</td></tr>");
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

    /// <summary>A flag as a labelled badge: its kind as text, its explanation as the title.</summary>
    private static string Flag(Comparison.Flags.ChangeFlag flag) =>
        $"<span class=\"flag\" title=\"{E(flag.Explanation)}\">{E(FlagLabels.Label(flag.Kind))}</span>";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    // The report by its title, linked to its page on state.gov when the source named it; never the
    // file name it was imported from (a reader cannot open "kazakhstan.html").
    private static string Source(Editions.EditionMetadata edition) => edition.Address is null
        ? E(edition.ReportTitle())
        : $"<a href=\"{E(edition.Address)}\">{E(edition.ReportTitle())}</a>";

    /// <summary>The element ids of the export's sections and rows, from the anchors of the whole comparison.</summary>
    private sealed class Ids
    {
        private readonly Dictionary<(string?, string?), string> _sections = [];
        private readonly Dictionary<SentenceChange, string> _rows = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _present = new(StringComparer.Ordinal);

        private Ids(ComparisonAnchors anchors) => Anchors = anchors;

        public ComparisonAnchors Anchors { get; }

        public static Ids Of(EditionComparison comparison, EditionComparison view)
        {
            var anchors = ComparisonAnchors.Assign(comparison);
            var ids = new Ids(anchors);
            for (var i = 0; i < comparison.Sections.Length; i++)
            {
                var section = comparison.Sections[i];
                // A filtered view copies its sections but keeps their rows; a pair is unique by its two paths.
                ids._sections.TryAdd((section.Old?.Path, section.New?.Path), anchors.Section(i));
                for (var j = 0; j < section.Sentences.Length; j++)
                {
                    if (anchors.Sentence(i, j) is { } id)
                    {
                        ids._rows.TryAdd(section.Sentences[j], id);
                    }
                }
            }

            foreach (var section in view.Sections)
            {
                ids._present.Add(ids.Section(section));
                foreach (var row in section.Sentences)
                {
                    if (ids.Sentence(row) is { } id)
                    {
                        ids._present.Add(id);
                    }
                }
            }

            return ids;
        }

        public string Section(SectionChange section) =>
            _sections.GetValueOrDefault((section.Old?.Path, section.New?.Path), Rendering.Anchors.ForSection(section));

        public string? Sentence(SentenceChange row) => _rows.GetValueOrDefault(row);

        /// <summary>Whether the export holds an element with this id.</summary>
        public bool Present(string id) => _present.Contains(id);
    }
}
