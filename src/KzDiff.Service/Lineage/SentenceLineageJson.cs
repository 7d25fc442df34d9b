using System.Text.Json;
using System.Text.Json.Serialization;

namespace KzDiff.Service.Lineage;

/// <summary>The one serializer of <see cref="SentenceLineageDocument"/>: what is stored is what the API sends.</summary>
public static class SentenceLineageJson
{
    public static string Write(SentenceLineageDocument document) =>
        JsonSerializer.Serialize(document, SentenceLineageJsonContext.Default.SentenceLineageDocument);

    /// <exception cref="InvalidDataException">The text is not a stored lineage.</exception>
    public static SentenceLineageDocument Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SentenceLineageJsonContext.Default.SentenceLineageDocument)
                ?? throw new InvalidDataException("the stored sentence lineage is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("the stored sentence lineage is not valid JSON: " + ex.Message, ex);
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SentenceLineageDocument))]
internal sealed partial class SentenceLineageJsonContext : JsonSerializerContext;
