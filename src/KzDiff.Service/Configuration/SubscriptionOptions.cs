using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KzDiff.Service.Configuration;

/// <summary>The "KzDiff:Subscriptions" section: how change summaries reach their readers.</summary>
public sealed class SubscriptionOptions
{
    /// <summary>
    /// The address readers use to reach this service; links in messages and feeds start with it.
    /// The service cannot know it by itself behind a proxy, and a message has no request to read it from.
    /// </summary>
    [Required(ErrorMessage = "{0} must be an absolute http or https address")]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Deliver webhooks to loopback, link-local and private addresses too. Off by default: a
    /// subscriber must not be able to make the server call into its own network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How long one webhook call may take, connection included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sending attempts of one delivery before it is marked failed.</summary>
    [Range(1, 20, ErrorMessage = "{0} must be between {1} and {2}")]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// The wait before the second attempt; each later wait doubles, up to <see cref="MaxRetryDelay"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Subscriptions one user may hold.</summary>
    [Range(1, 1000, ErrorMessage = "{0} must be between {1} and {2}")]
    public int MaxPerUser { get; set; } = 50;

    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();
}
