using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>
/// The stored form of a parsed tree (<see cref="StoredEditionDocument"/>). Jobs reload trees from
/// here instead of parsing the source again, so a comparison never depends on the parser of the
/// day it runs. The format is that of every row stored so far: enums in camel case, null numbers left out.
/// </summary>
public static class StoredEditionJson
{
    private static readonly JsonTypeInfo<StoredEditionDocument> DocumentType = (JsonTypeInfo<StoredEditionDocument>)new JsonSerializerOptions(StoredEditionJsonContext.Default.Options)
    {
        Converters =
        {
            new JsonStringEnumConverter<SectionLevel>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<EditionFormat>(JsonNamingPolicy.CamelCase),
        },
    }.GetTypeInfo(typeof(StoredEditionDocument));

    public static string Write(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return JsonSerializer.Serialize(new StoredEditionDocument(edition.Metadata, ToStored(edition.Root)), DocumentType);
    }

    /// <exception cref="InvalidDataException">The text is not a stored tree.</exception>
    public static Edition Read(string json)
    {
        StoredEditionDocument? stored;
        try
        {
            stored = JsonSerializer.Deserialize(json, DocumentType);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("the stored section tree is not valid JSON: " + ex.Message, ex);
        }

        if (stored?.Metadata is null || stored.Root is null)
        {
            throw new InvalidDataException("the stored section tree is incomplete");
        }

        return new Edition(stored.Metadata, FromStored(stored.Root));
    }

    private static StoredSectionNode ToStored(SectionNode node) => new(
        node.Title,
        node.Key,
        node.Path,
        node.Level,
        node.Number,
        [.. node.Paragraphs.Select(p => (IReadOnlyList<string>)p.Sentences)],
        [.. node.Children.Select(ToStored)]);

    private static SectionNode FromStored(StoredSectionNode node) => new(
        node.Title ?? string.Empty,
        node.Key ?? string.Empty,
        node.Path ?? string.Empty,
        node.Level,
        node.Number,
        [.. (node.Paragraphs ?? []).Select(p => new Paragraph([.. p]))],
        [.. (node.Children ?? []).Select(FromStored)]);
}
