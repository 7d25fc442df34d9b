using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The section tree as JSON (the <c>kzdiff tree --format json</c> contract). The root carries the
/// edition's metadata (<c>country</c>, <c>countryName</c>, <c>year</c>, <c>sha256</c>, <c>source</c>,
/// <c>format</c>); every node carries <c>title</c>, <c>key</c>, <c>path</c>, <c>level</c>,
/// <c>number</c>, <c>paragraphs</c> (count), <c>words</c>, <c>sentences</c> (its own, not its
/// children's) and <c>children</c>.
/// </summary>
public static class EditionTreeJson
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,

        // Report text is full of quotes and apostrophes; keep them readable, not \u201C-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Edition edition)
    {
        using var stream = new MemoryStream();
        Write(edition, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Edition edition, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(edition);
        using var writer = new Utf8JsonWriter(utf8Output, Indented);
        var metadata = edition.Metadata;
        writer.WriteStartObject();
        writer.WriteString("country", metadata.CountryKey);
        writer.WriteString("countryName", metadata.CountryName);
        writer.WriteNumber("year", metadata.Year);
        writer.WriteString("sha256", metadata.Sha256);
        writer.WriteString("source", metadata.SourceName);
        writer.WriteString("format", EditionFormatNames.ToName(metadata.Format));
        WriteNodeBody(writer, edition.Root);
        writer.WriteEndObject();
    }

    public static string LevelName(SectionLevel level) => level switch
    {
        SectionLevel.Document => "document",
        SectionLevel.Summary => "summary",
        SectionLevel.Section => "section",
        SectionLevel.Subsection => "subsection",
        SectionLevel.Subheading => "subheading",
        SectionLevel.RunIn => "runin",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };

    private static void WriteNodeBody(Utf8JsonWriter writer, SectionNode node)
    {
        writer.WriteString("title", node.Title);
        writer.WriteString("key", node.Key);
        writer.WriteString("path", node.Path);
        writer.WriteString("level", LevelName(node.Level));
        if (node.Number is null)
        {
            writer.WriteNull("number");
        }
        else
        {
            writer.WriteString("number", node.Number);
        }

        writer.WriteNumber("paragraphs", node.Paragraphs.Length);
        writer.WriteNumber("words", node.Sentences.Sum(WordCounter.Count));
        writer.WriteStartArray("sentences");
        foreach (var sentence in node.Sentences)
        {
            writer.WriteStringValue(sentence);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("children");
        foreach (var child in node.Children)
        {
            writer.WriteStartObject();
            WriteNodeBody(writer, child);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
