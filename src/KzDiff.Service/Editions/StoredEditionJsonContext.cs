using System.Text.Json;
using System.Text.Json.Serialization;

namespace KzDiff.Service.Editions;

/// <summary>Source-generated serialization of <see cref="StoredEditionDocument"/>; enum converters are added by <see cref="StoredEditionJson"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredEditionDocument))]
internal sealed partial class StoredEditionJsonContext : JsonSerializerContext;
