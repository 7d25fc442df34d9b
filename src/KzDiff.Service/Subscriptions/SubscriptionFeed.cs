using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace KzDiff.Service.Subscriptions;

/// <summary>A subscription's Atom 1.0 feed (System.ServiceModel.Syndication): one entry per change summary, newest first.</summary>
internal static class SubscriptionFeed
{
    /// <summary>The feed as UTF-8 bytes, so that its XML declaration says what it is (a string would declare UTF-16).</summary>
    public static byte[] Write(SubscriptionView subscription, string selfUrl, string pageUrl, IReadOnlyList<(Guid Id, DateTime CreatedAt, string MessageJson)> rows)
    {
        var entries = new List<SyndicationItem>();
        foreach (var (id, createdAt, json) in rows)
        {
            var message = JsonSerializer.Deserialize(json, SubscriptionJsonContext.Default.ChangeMessage)!;
            var updated = new DateTimeOffset(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc));
            var item = new SyndicationItem
            {
                Id = $"urn:uuid:{id:D}",
                Title = new TextSyndicationContent(message.Title),
                Summary = new TextSyndicationContent(message.Summary),
                Content = new TextSyndicationContent(ChangeMessageHtml.Write([message], unsubscribeUrl: null), TextSyndicationContentKind.Html),
                LastUpdatedTime = updated,
                PublishDate = updated,
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(message.Url)));
            entries.Add(item);
        }

        var scope = subscription.Country ?? "every country";
        var feed = new SyndicationFeed(entries)
        {
            Id = $"urn:uuid:{subscription.Id:D}",
            Title = new TextSyndicationContent($"KzDiff: changes in {scope}"),
            Description = new TextSyndicationContent("Change summaries of the Country Reports on Human Rights Practices"),
            Generator = "KzDiff",
            // An empty feed still needs a date: the subscription's own.
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : new DateTimeOffset(DateTime.SpecifyKind(subscription.CreatedAt, DateTimeKind.Utc)),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "KzDiff" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(pageUrl)));

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToArray();
    }
}
