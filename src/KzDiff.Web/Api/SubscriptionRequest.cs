namespace KzDiff.Web.Api;

/// <summary>
/// Body of <c>POST /api/subscriptions</c>: what to follow (a country or all; optionally sections,
/// terms, flag kinds and a minimum score), how (<see cref="Delivery"/>) and when (<c>immediate</c>,
/// <c>daily</c>, <c>weekly</c>).
/// </summary>
public sealed record SubscriptionRequest(
    string? Country,
    IReadOnlyList<string>? Sections,
    IReadOnlyList<string>? Terms,
    IReadOnlyList<string>? FlagKinds,
    double? MinScore,
    DeliveryRequest? Delivery,
    string? Schedule);
