using KzDiff.Service.Configuration;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace KzDiff.Service.Subscriptions;

/// <summary>Sends change summaries through the configured SMTP server (MailKit), one connection per message.</summary>
public sealed class EmailSender(KzDiffOptions options)
{
    private readonly SmtpOptions smtp = options.Subscriptions.Smtp;

    public async Task SendAsync(string to, string subject, string text, string html, string unsubscribeUrl, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (!smtp.IsConfigured)
        {
            throw new InvalidOperationException("e-mail delivery is not configured (KzDiff:Subscriptions:Smtp:Host)");
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        // The receiving client's unsubscribe button, and the same delivery id as a webhook carries.
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>");
        message.Headers.Add("X-KzDiff-Delivery", deliveryId.ToString("D"));
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var security = smtp.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (smtp.UserName.Length > 0)
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
