namespace KzDiff.Service.Subscriptions;

/// <summary>A subscription as its owner sees it; never its secret after creation.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Country">The country key, or null for every country.</param>
/// <param name="Sections">Titles of the followed sections when the subscription was made; empty for the whole report.</param>
/// <param name="Terms">Terms a change must contain; empty for any.</param>
/// <param name="FlagKinds">Flag kinds a change must carry; empty for any.</param>
/// <param name="MinScore">The lowest flag score that counts.</param>
/// <param name="Delivery">webhook, email or feed.</param>
/// <param name="Target">The webhook's address or the e-mail address; null for a feed.</param>
/// <param name="Schedule">immediate, daily or weekly.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="FeedUrl">Its Atom feed, relative to the site; the address holds the key, so it is private to the owner.</param>
public sealed record SubscriptionView(
    Guid Id,
    string? Country,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> FlagKinds,
    double MinScore,
    string Delivery,
    string? Target,
    string Schedule,
    DateTime CreatedAt,
    string FeedUrl);
