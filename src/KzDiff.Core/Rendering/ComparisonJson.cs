using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The JSON form of a comparison: what <c>kzdiff compare --format json</c> prints, what the API
/// returns and what the service stores. Written and read by hand with System.Text.Json's
/// reader and writer so the contract below is the code, not a by-product of type names.
/// <code>
/// {
///   "engineVersion": "2",
///   "old": { "country", "countryName", "year", "sha256", "source", "format" },   // same for "new"
///   "stats": { "sectionsUnchanged", "sectionsModified", "sectionsAdded", "sectionsRemoved",
///              "sentencesUnchanged", "sentencesModified", "sentencesMoved", "sentencesAdded",
///              "sentencesRemoved", "wordsAdded", "wordsRemoved", "substantiveChanges",
///              "routineChanges", "formattingChanges" },
///   "sections": [ {
///     "status": "unchanged|modified|added|removed",
///     "renamed", "moved", "split", "merged": bool,
///     "old": { "path", "title" } | null, "new": { "path", "title" } | null,
///     "similarity": 0..1, "confidence": 0..1, "evidence": [ string ],
///     "sentences": [ {
///       "status": "unchanged|modified|moved|added|removed",
///       "kind": "none|formatting|routine|substantive",
///       "old": string|null, "new": string|null,
///       "movedFrom": path|null,   // set on the row where a moved sentence arrives
///       "movedTo": path|null,     // set on the row where a moved sentence left
///       "words": [ { "op": "equal|insert|delete", "text" } ],   // empty unless the text changed
///       "note": string|null       // "split into 2 sentences", "merged from 2 sentences"
///       "template": { "countries": int }   // only on a template edit: the same edit in N other reports
///     } ]
///   } ]
/// }
/// </code>
/// A split or merged section appears once per pair it forms. A moved sentence appears twice:
/// in its old section with movedTo and in its new section with movedFrom; statistics count it once.
/// </summary>
public static class ComparisonJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Readable non-ASCII text ("Nur-Sultan’s") but still escaped <, >, & and quotes, so the
        // JSON stays safe if someone inlines it into a page.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(EditionComparison comparison)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        Write(comparison, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(EditionComparison comparison, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(comparison, writer);
    }

    public static void Write(EditionComparison comparison, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(comparison, writer);
    }

    private static void Write(EditionComparison comparison, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        writer.WriteStartObject();
        writer.WriteString("engineVersion", comparison.EngineVersion);
        WriteEdition(writer, "old", comparison.Old);
        WriteEdition(writer, "new", comparison.New);
        WriteStatistics(writer, comparison.Statistics);
        writer.WriteStartArray("sections");
        foreach (var section in comparison.Sections)
        {
            WriteSection(writer, section);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteEdition(Utf8JsonWriter writer, string name, EditionMetadata edition)
    {
        writer.WriteStartObject(name);
        writer.WriteString("country", edition.CountryKey);
        writer.WriteString("countryName", edition.CountryName);
        writer.WriteNumber("year", edition.Year);
        writer.WriteString("sha256", edition.Sha256);
        writer.WriteString("source", edition.SourceName);
        writer.WriteString("format", Lower(edition.Format));
        writer.WriteEndObject();
    }

    private static void WriteStatistics(Utf8JsonWriter writer, ComparisonStatistics s)
    {
        writer.WriteStartObject("stats");
        writer.WriteNumber("sectionsUnchanged", s.SectionsUnchanged);
        writer.WriteNumber("sectionsModified", s.SectionsModified);
        writer.WriteNumber("sectionsAdded", s.SectionsAdded);
        writer.WriteNumber("sectionsRemoved", s.SectionsRemoved);
        writer.WriteNumber("sentencesUnchanged", s.SentencesUnchanged);
        writer.WriteNumber("sentencesModified", s.SentencesModified);
        writer.WriteNumber("sentencesMoved", s.SentencesMoved);
        writer.WriteNumber("sentencesAdded", s.SentencesAdded);
        writer.WriteNumber("sentencesRemoved", s.SentencesRemoved);
        writer.WriteNumber("wordsAdded", s.WordsAdded);
        writer.WriteNumber("wordsRemoved", s.WordsRemoved);
        writer.WriteNumber("substantiveChanges", s.SubstantiveChanges);
        writer.WriteNumber("routineChanges", s.RoutineChanges);
        writer.WriteNumber("formattingChanges", s.FormattingChanges);
        writer.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter writer, SectionChange section)
    {
        writer.WriteStartObject();
        writer.WriteString("status", Lower(section.Status));
        writer.WriteBoolean("renamed", section.Renamed);
        writer.WriteBoolean("moved", section.Moved);
        writer.WriteBoolean("split", section.Split);
        writer.WriteBoolean("merged", section.Merged);
        WriteReference(writer, "old", section.Old);
        WriteReference(writer, "new", section.New);
        writer.WriteNumber("similarity", Math.Round(section.Similarity, 4));
        writer.WriteNumber("confidence", Math.Round(section.Confidence, 4));
        writer.WriteStartArray("evidence");
        foreach (var evidence in section.Evidence)
        {
            writer.WriteStringValue(evidence);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sentences");
        foreach (var row in section.Sentences)
        {
            WriteSentence(writer, row);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, string name, SectionReference? reference)
    {
        if (reference is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("path", reference.Path);
        writer.WriteString("title", reference.Title);
        writer.WriteEndObject();
    }

    private static void WriteSentence(Utf8JsonWriter writer, SentenceChange row)
    {
        writer.WriteStartObject();
        writer.WriteString("status", Lower(row.Status));
        writer.WriteString("kind", Lower(row.Kind));
        writer.WriteString("old", row.Old);
        writer.WriteString("new", row.New);
        writer.WriteString("movedFrom", row.MovedFrom);
        writer.WriteString("movedTo", row.MovedTo);
        writer.WriteStartArray("words");
        foreach (var edit in row.Words)
        {
            writer.WriteStartObject();
            writer.WriteString("op", Lower(edit.Operation));
            writer.WriteString("text", edit.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("note", row.Note);
        if (row.Template is { } template)
        {
            writer.WriteStartObject("template");
            writer.WriteNumber("countries", template.Countries);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the JSON this class writes back into a comparison.</summary>
    /// <exception cref="FormatException">The text is not a comparison in this contract.</exception>
    public static EditionComparison Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadComparison(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("not a KzDiff comparison: " + e.Message, e);
        }
    }

    private static EditionComparison ReadComparison(JsonElement root)
    {
        var sections = ImmutableArray.CreateBuilder<SectionChange>();
        foreach (var section in root.GetProperty("sections").EnumerateArray())
        {
            sections.Add(ReadSection(section));
        }

        return new EditionComparison(
            ReadEdition(root.GetProperty("old")),
            ReadEdition(root.GetProperty("new")),
            root.GetProperty("engineVersion").GetString() ?? string.Empty,
            ReadStatistics(root.GetProperty("stats")),
            sections.ToImmutable());
    }

    private static EditionMetadata ReadEdition(JsonElement e)
    {
        return new EditionMetadata(
            e.GetProperty("country").GetString() ?? string.Empty,
            OptionalString(e, "countryName") ?? string.Empty,
            e.GetProperty("year").GetInt32(),
            OptionalString(e, "source") ?? string.Empty,
            e.GetProperty("sha256").GetString() ?? string.Empty,
            OptionalString(e, "format") is { } format ? Parse<EditionFormat>(format) : EditionFormat.StateGovHtml);
    }

    private static ComparisonStatistics ReadStatistics(JsonElement s)
    {
        return new ComparisonStatistics(
            s.GetProperty("sectionsUnchanged").GetInt32(),
            s.GetProperty("sectionsModified").GetInt32(),
            s.GetProperty("sectionsAdded").GetInt32(),
            s.GetProperty("sectionsRemoved").GetInt32(),
            s.GetProperty("sentencesUnchanged").GetInt32(),
            s.GetProperty("sentencesModified").GetInt32(),
            s.GetProperty("sentencesMoved").GetInt32(),
            s.GetProperty("sentencesAdded").GetInt32(),
            s.GetProperty("sentencesRemoved").GetInt32(),
            s.GetProperty("wordsAdded").GetInt32(),
            s.GetProperty("wordsRemoved").GetInt32(),
            s.GetProperty("substantiveChanges").GetInt32(),
            s.GetProperty("routineChanges").GetInt32(),
            s.GetProperty("formattingChanges").GetInt32());
    }

    private static SectionChange ReadSection(JsonElement e)
    {
        var evidence = ImmutableArray.CreateBuilder<string>();
        foreach (var item in e.GetProperty("evidence").EnumerateArray())
        {
            evidence.Add(item.GetString() ?? string.Empty);
        }

        var rows = ImmutableArray.CreateBuilder<SentenceChange>();
        foreach (var row in e.GetProperty("sentences").EnumerateArray())
        {
            rows.Add(ReadSentence(row));
        }

        return new SectionChange(
            Parse<SectionStatus>(e.GetProperty("status").GetString()),
            e.GetProperty("renamed").GetBoolean(),
            e.GetProperty("moved").GetBoolean(),
            e.GetProperty("split").GetBoolean(),
            e.GetProperty("merged").GetBoolean(),
            ReadReference(e.GetProperty("old")),
            ReadReference(e.GetProperty("new")),
            e.GetProperty("similarity").GetDouble(),
            e.GetProperty("confidence").GetDouble(),
            evidence.ToImmutable(),
            rows.ToImmutable());
    }

    private static SectionReference? ReadReference(JsonElement e)
    {
        return e.ValueKind == JsonValueKind.Null
            ? null
            : new SectionReference(e.GetProperty("path").GetString() ?? string.Empty, e.GetProperty("title").GetString() ?? string.Empty);
    }

    private static SentenceChange ReadSentence(JsonElement e)
    {
        var words = ImmutableArray<WordEdit>.Empty;
        if (e.TryGetProperty("words", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var builder = ImmutableArray.CreateBuilder<WordEdit>();
            foreach (var edit in list.EnumerateArray())
            {
                builder.Add(new WordEdit(Parse<WordOperation>(edit.GetProperty("op").GetString()), edit.GetProperty("text").GetString() ?? string.Empty));
            }

            words = builder.ToImmutable();
        }

        return new SentenceChange(
            Parse<SentenceStatus>(e.GetProperty("status").GetString()),
            Parse<ChangeKind>(e.GetProperty("kind").GetString()),
            OptionalString(e, "old"),
            OptionalString(e, "new"),
            OptionalString(e, "movedFrom"),
            OptionalString(e, "movedTo"),
            words,
            OptionalString(e, "note"),
            e.TryGetProperty("template", out var template) && template.ValueKind == JsonValueKind.Object
                && template.TryGetProperty("countries", out var countries) && countries.TryGetInt32(out var count) && count > 0
                ? new TemplateEdit(count)
                : null);
    }

    private static string? OptionalString(JsonElement e, string name)
    {
        return e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static T Parse<T>(string? value)
        where T : struct, Enum
    {
        if (value is null || !Enum.TryParse<T>(value, ignoreCase: true, out var result) || !Enum.IsDefined(result) || char.IsDigit(value[0]))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"unknown {typeof(T).Name} \"{value}\""));
        }

        return result;
    }

    private static string Lower<T>(T value)
        where T : struct, Enum
    {
        return value.ToString().ToLowerInvariant();
    }
}
