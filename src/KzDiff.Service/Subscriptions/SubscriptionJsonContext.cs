using System.Text.Json.Serialization;

namespace KzDiff.Service.Subscriptions;

/// <summary>The one writer of the subscriptions' contract: outbox rows, webhook bodies.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChangeMessage))]
[JsonSerializable(typeof(DigestMessage))]
internal sealed partial class SubscriptionJsonContext : JsonSerializerContext;
