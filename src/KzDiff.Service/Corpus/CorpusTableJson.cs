using System.Text.Json;
using System.Text.Json.Serialization;

namespace KzDiff.Service.Corpus;

/// <summary>The one serializer of the corpus view: what is stored is what the API sends.</summary>
public static class CorpusTableJson
{
    public static string Write(CorpusTableDocument document) =>
        JsonSerializer.Serialize(document, CorpusTableJsonContext.Default.CorpusTableDocument);

    public static byte[] Write(CorpusTablePending pending) =>
        JsonSerializer.SerializeToUtf8Bytes(pending, CorpusTableJsonContext.Default.CorpusTablePending);

    /// <exception cref="InvalidDataException">The text is not a stored corpus table.</exception>
    public static CorpusTableDocument Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, CorpusTableJsonContext.Default.CorpusTableDocument)
                ?? throw new InvalidDataException("the stored corpus table is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("the stored corpus table is not valid JSON: " + ex.Message, ex);
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CorpusTableDocument))]
[JsonSerializable(typeof(CorpusTablePending))]
internal sealed partial class CorpusTableJsonContext : JsonSerializerContext;
