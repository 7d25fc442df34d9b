namespace KzDiff.Service.Configuration;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    StartTls,
    SslOnConnect,
    None,
}
