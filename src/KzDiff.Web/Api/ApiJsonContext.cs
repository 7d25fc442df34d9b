using System.Text.Json.Serialization;

namespace KzDiff.Web.Api;

/// <summary>
/// Source-generated serialization of the API documents written by KzDiff itself; also first in
/// the HTTP JSON options' resolver chain, so OpenAPI describes them from the same metadata.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ComparisonDocument))]
[JsonSerializable(typeof(FlagListDocument))]
[JsonSerializable(typeof(FlagDocument))]
[JsonSerializable(typeof(DecisionDocument))]
[JsonSerializable(typeof(DecisionRequest))]
[JsonSerializable(typeof(ItemList<DecisionDocument>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
