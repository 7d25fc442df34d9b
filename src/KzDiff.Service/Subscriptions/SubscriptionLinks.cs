using KzDiff.Service.Configuration;

namespace KzDiff.Service.Subscriptions;

/// <summary>The public addresses of the compare page, a subscription's feed and its unsubscribe page.</summary>
public sealed class SubscriptionLinks(KzDiffOptions options)
{
    private readonly string baseUrl = options.Subscriptions.PublicBaseUrl.TrimEnd('/');

    public string Compare(string country, int from, int to) =>
        $"{baseUrl}/compare/{Uri.EscapeDataString(country)}/{from}..{to}";

    /// <summary>Relative to the site, as the API and the page show it.</summary>
    public static string FeedPath(Guid id, string secret) => $"/feeds/subscriptions/{id:D}?key={SubscriptionKeys.FeedKey(secret, id)}";

    public string Feed(Guid id, string secret) => baseUrl + FeedPath(id, secret);

    public string Unsubscribe(Guid id, string secret) =>
        $"{baseUrl}/subscriptions/unsubscribe?id={id:D}&sig={SubscriptionKeys.UnsubscribeSignature(secret, id)}";

    public string Subscriptions => baseUrl + "/subscriptions";
}
