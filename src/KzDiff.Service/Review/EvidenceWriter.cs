using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KzDiff.Core.Rendering;

namespace KzDiff.Service.Review;

/// <summary>An evidence packet as JSON (source-generated), CSV (one row per confirmed flag) or a Markdown packet to paste into an article's notes.</summary>
public static class EvidenceWriter
{
    private static readonly JsonTypeInfo<EvidencePacket> JsonType = (JsonTypeInfo<EvidencePacket>)new JsonSerializerOptions(ReviewJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = ComparisonJson.Encoder,
    }.GetTypeInfo(typeof(EvidencePacket));

    private static readonly string[] CsvColumns =
    [
        "flag_id", "kind", "score", "explanation", "old_section_path", "old_section_title", "new_section_path", "new_section_title",
        "old_quote", "new_quote", "old_edition_address", "new_edition_address", "confirmed_by", "confirmed_at", "notes", "compare_path",
    ];

    public static string Json(EvidencePacket packet) => JsonSerializer.Serialize(packet, JsonType);

    public static string Csv(EvidencePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var csv = new StringBuilder();
        csv.AppendJoin(',', CsvColumns).Append("\r\n");
        foreach (var item in packet.Items)
        {
            string?[] cells =
            [
                item.FlagId, item.Kind, item.Score.ToString("0.####", CultureInfo.InvariantCulture), item.Explanation,
                item.OldSection?.Path, item.OldSection?.Title, item.NewSection?.Path, item.NewSection?.Title,
                item.OldQuote, item.NewQuote, packet.Old.Address, packet.New.Address,
                item.ConfirmedBy, Time(item.ConfirmedAt),
                string.Join(" | ", item.Notes.Where(n => n.Note.Length > 0).Select(n => $"{n.By} ({n.State}, {Time(n.At)}): {n.Note}")),
                item.ComparePath,
            ];
            csv.AppendJoin(',', cells.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Markdown(EvidencePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Evidence: {Text(packet.CountryName)} {packet.Old.Year} → {packet.New.Year}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Older edition ({packet.Old.Year}, revision {packet.Old.Revision}): <{packet.Old.Address}>{(packet.Old.AddressFromPage ? "" : " (address by state.gov's pattern)")}, SHA-256 `{packet.Old.Sha256}`\n");
        md.Append(CultureInfo.InvariantCulture, $"- Newer edition ({packet.New.Year}, revision {packet.New.Revision}): <{packet.New.Address}>{(packet.New.AddressFromPage ? "" : " (address by state.gov's pattern)")}, SHA-256 `{packet.New.Sha256}`\n");
        md.Append(CultureInfo.InvariantCulture, $"- {packet.Items.Count} confirmed {(packet.Items.Count == 1 ? "change" : "changes")}; compared by engine {Text(packet.EngineVersion)}; written {Time(packet.GeneratedAt)}\n");
        var number = 0;
        foreach (var item in packet.Items)
        {
            number++;
            md.Append(CultureInfo.InvariantCulture, $"\n## {number}. [{item.Kind}] {Text(item.Explanation)}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"- Section: {Section(item.OldSection)} → {Section(item.NewSection)}\n");
            md.Append(CultureInfo.InvariantCulture, $"- Confirmed by {Text(item.ConfirmedBy)} on {Time(item.ConfirmedAt)}; score {item.Score.ToString("0.##", CultureInfo.InvariantCulture)}; flag `{item.FlagId}`\n\n");
            Quote(md, packet.Old.Year, item.OldQuote);
            Quote(md, packet.New.Year, item.NewQuote);
            foreach (var note in item.Notes.Where(n => n.Note.Length > 0))
            {
                md.Append(CultureInfo.InvariantCulture, $"- Note by {Text(note.By)} ({note.State}, {Time(note.At)}): {Text(note.Note)}\n");
            }
        }

        return md.ToString();
    }

    private static void Quote(StringBuilder md, int year, string? quote) =>
        md.Append(CultureInfo.InvariantCulture, $"> **{year}:** {(quote is null ? "*(no such sentence)*" : Text(quote))}\n>\n");

    private static string Section(EvidenceSection? section) =>
        section is null ? "*(none)*" : $"{Text(section.Title)} (`{section.Path.Replace("`", "'", StringComparison.Ordinal)}`)";

    /// <summary>Report text and notes stay text: markup characters escaped, lines joined.</summary>
    private static string Text(string text) => ComparisonMarkdown.Escape(text.ReplaceLineEndings(" "));

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Field(string? value)
    {
        value ??= "";
        // A spreadsheet runs a cell starting with = + - @ as a formula: quoted report text must stay text.
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
