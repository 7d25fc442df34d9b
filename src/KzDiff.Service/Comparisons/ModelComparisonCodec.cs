using System.Text.Json;
using System.Text.Json.Serialization;
using KzDiff.Core.Comparison;

namespace KzDiff.Service.Comparisons;

/// <summary>Writes the Core model as it is (camelCase, enums as lower-case names).</summary>
public sealed class ModelComparisonCodec : IComparisonCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Write(EditionComparison comparison) => JsonSerializer.Serialize(comparison, Options);

    public EditionComparison Read(string json) =>
        JsonSerializer.Deserialize<EditionComparison>(json, Options)
        ?? throw new InvalidDataException("the stored comparison is empty");
}
