using System.Text.Json.Serialization;
using KzDiff.Core.Rendering.Contract;

namespace KzDiff.Service.Review;

/// <summary>Source-generated serialization of the review documents: the word edits kept with a flag and the evidence packet.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WordEditContract[]))]
[JsonSerializable(typeof(EvidencePacket))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
