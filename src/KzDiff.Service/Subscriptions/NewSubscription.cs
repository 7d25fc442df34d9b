namespace KzDiff.Service.Subscriptions;

/// <summary>What a user asks to follow, as given (checked by <see cref="SubscriptionService.CreateAsync"/>).</summary>
/// <param name="Country">A country key or name; null or "all" for every country.</param>
/// <param name="Sections">Sections of the country's latest edition, by path ("2.a"), key, title or lineage id.</param>
/// <param name="Terms">Terms a change must contain.</param>
/// <param name="FlagKinds">Flag kinds a change must carry.</param>
/// <param name="MinScore">The lowest flag score that counts (0..1).</param>
/// <param name="DeliveryType">webhook, email or feed.</param>
/// <param name="Url">The webhook's address.</param>
/// <param name="Address">The e-mail address.</param>
/// <param name="Schedule">immediate (default), daily or weekly.</param>
public sealed record NewSubscription(
    string? Country,
    IReadOnlyList<string>? Sections,
    IReadOnlyList<string>? Terms,
    IReadOnlyList<string>? FlagKinds,
    double? MinScore,
    string? DeliveryType,
    string? Url,
    string? Address,
    string? Schedule);
