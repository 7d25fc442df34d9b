using System.Globalization;
using System.Net;
using System.Text;

namespace KzDiff.Service.Subscriptions;

/// <summary>The HTML of an e-mail and of a feed entry. Report text is always encoded.</summary>
public static class ChangeMessageHtml
{
    /// <summary>Every message, then the unsubscribe link (null in a feed entry, which has none).</summary>
    public static string Write(IReadOnlyList<ChangeMessage> messages, string? unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var html = new StringBuilder();
        foreach (var message in messages)
        {
            WriteOne(message, html);
        }

        if (unsubscribeUrl is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<hr><p>You receive this because you subscribed to changes in KzDiff. <a href=\"{E(unsubscribeUrl)}\">Unsubscribe</a></p>");
        }

        return html.ToString();
    }

    private static void WriteOne(ChangeMessage message, StringBuilder html)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(message.Title)}</h2><p>{E(message.Summary)}</p>");
        if (message.Flags.Count > 0)
        {
            html.Append("<h3>What stands out</h3><ul>");
            foreach (var flag in message.Flags)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><strong>{E(flag.Kind)}</strong> <a href=\"{E(flag.Url)}\">{E(flag.Explanation)}</a> ({E(flag.Section)})</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h3>Changes per section</h3><ul>");
        foreach (var section in message.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(section.Title)}: {section.Changes}</li>");
        }

        html.Append("</ul>");
        foreach (var change in message.Changes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(change.Url)}\">{E(change.Section)}</a></p><blockquote>");
            if (change.Before is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><del>{E(change.Before)}</del></p>");
            }

            if (change.After is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><ins>{E(change.After)}</ins></p>");
            }

            html.Append("</blockquote>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(message.Url)}\">Compare {message.From} and {message.To}</a></p>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
