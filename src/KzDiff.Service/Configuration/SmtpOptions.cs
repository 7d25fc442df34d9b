using System.ComponentModel.DataAnnotations;

namespace KzDiff.Service.Configuration;

/// <summary>
/// The "KzDiff:Subscriptions:Smtp" section. Without a host, e-mail subscriptions are refused when
/// they are made, instead of failing later at every delivery.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The SMTP server; empty turns e-mail delivery off.</summary>
    [MaxLength(255, ErrorMessage = "{0} must be at most {1} characters")]
    public string Host { get; set; } = string.Empty;

    [Range(1, 65535, ErrorMessage = "{0} must be between {1} and {2}")]
    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default, port 587), <c>SslOnConnect</c> (port 465) or <c>None</c> (a relay on the same host only).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Empty: no authentication.</summary>
    [MaxLength(255, ErrorMessage = "{0} must be at most {1} characters")]
    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>The sender of every message ("KzDiff &lt;kzdiff@example.org&gt;" or a bare address).</summary>
    [MaxLength(320, ErrorMessage = "{0} must be at most {1} characters")]
    public string From { get; set; } = string.Empty;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
