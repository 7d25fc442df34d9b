namespace KzDiff.Web.Api;

/// <summary>How a subscription's messages travel: <c>{"type": "webhook", "url"}</c>, <c>{"type": "email", "address"}</c> or <c>{"type": "feed"}</c>.</summary>
public sealed record DeliveryRequest(string? Type, string? Url, string? Address);
