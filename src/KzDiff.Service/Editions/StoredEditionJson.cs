using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>
/// The stored form of a parsed tree. Jobs reload trees from here instead of parsing the source again,
/// so a comparison never depends on the parser of the day it runs.
/// </summary>
public static class StoredEditionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return JsonSerializer.Serialize(new StoredEdition(edition.Metadata, ToStored(edition.Root)), Options);
    }

    /// <exception cref="InvalidDataException">The text is not a stored tree.</exception>
    public static Edition Read(string json)
    {
        StoredEdition? stored;
        try
        {
            stored = JsonSerializer.Deserialize<StoredEdition>(json, Options);
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

    private static StoredNode ToStored(SectionNode node) => new(
        node.Title,
        node.Key,
        node.Path,
        node.Level,
        node.Number,
        node.Paragraphs.Select(p => p.Sentences.ToArray()).ToArray(),
        node.Children.Select(ToStored).ToArray());

    private static SectionNode FromStored(StoredNode node) => new(
        node.Title ?? string.Empty,
        node.Key ?? string.Empty,
        node.Path ?? string.Empty,
        node.Level,
        node.Number,
        (node.Paragraphs ?? []).Select(p => new Paragraph(p.ToImmutableArray())).ToImmutableArray(),
        (node.Children ?? []).Select(FromStored).ToImmutableArray());

    private sealed record StoredEdition(EditionMetadata Metadata, StoredNode Root);

    private sealed record StoredNode(
        string? Title,
        string? Key,
        string? Path,
        SectionLevel Level,
        string? Number,
        string[][]? Paragraphs,
        StoredNode[]? Children);
}
