using System.Security.Cryptography;
using System.Text;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Everything signed with a subscription's secret: webhook bodies, the unsubscribe link, the feed's
/// key. One secret per subscription, so that nothing a server-wide key would sign can be forged by
/// another subscriber, and deleting a subscription retires its links.
/// </summary>
public static class SubscriptionKeys
{
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The value of <c>X-KzDiff-Signature</c>: <c>sha256=</c> and the hex HMAC-SHA256 of the body.</summary>
    public static string SignBody(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string UnsubscribeSignature(string secret, Guid subscriptionId) => Sign(secret, "unsubscribe:" + subscriptionId.ToString("D"));

    /// <summary>The key in a feed's address: feed readers cannot sign in, so the address itself is the credential.</summary>
    public static string FeedKey(string secret, Guid subscriptionId) => Sign(secret, "feed:" + subscriptionId.ToString("D"))[..32];

    /// <summary>Compares in constant time, so that a guesser learns nothing from how long a refusal takes.</summary>
    public static bool Matches(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(presented));

    private static string Sign(string secret, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));
}
