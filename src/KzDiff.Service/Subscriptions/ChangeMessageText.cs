using System.Globalization;
using System.Text;

namespace KzDiff.Service.Subscriptions;

/// <summary>The plain-text body of an e-mail: every message in turn, then the unsubscribe link.</summary>
public static class ChangeMessageText
{
    public static string Write(IReadOnlyList<ChangeMessage> messages, string unsubscribeUrl)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            WriteOne(message, text);
            text.AppendLine();
        }

        text.AppendLine("--");
        text.AppendLine("You receive this because you subscribed to changes in KzDiff.");
        text.AppendLine($"Unsubscribe: {unsubscribeUrl}");
        return text.ToString();
    }

    private static void WriteOne(ChangeMessage message, StringBuilder text)
    {
        text.AppendLine(message.Title);
        text.AppendLine(new string('=', message.Title.Length));
        text.AppendLine(message.Summary);
        text.AppendLine();
        if (message.Flags.Count > 0)
        {
            text.AppendLine("What stands out:");
            foreach (var flag in message.Flags)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- [{flag.Kind}] {flag.Explanation} ({flag.Section})");
            }

            text.AppendLine();
        }

        text.AppendLine("Changes per section:");
        foreach (var section in message.Sections)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {section.Title}: {section.Changes}");
        }

        text.AppendLine();
        foreach (var change in message.Changes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"In {change.Section}:");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Before: {change.Before ?? "(not in the older report)"}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  After:  {change.After ?? "(no longer in the report)"}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {change.Url}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Compare: {message.Url}");
    }
}
