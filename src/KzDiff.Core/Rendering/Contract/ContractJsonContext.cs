using System.Text.Json.Serialization;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>
/// Source-generated serialization of the JSON contracts. Reading is strict: a missing required
/// property or a null where the contract has none is an error, not a default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ComparisonContract))]
[JsonSerializable(typeof(EditionTreeContract))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
