using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KzDiff.Service.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace KzDiff.Web.Tests.Subscriptions;

/// <summary>
/// Importing a new edition, end to end: the change summary job, the outbox, webhooks to a receiver
/// on 127.0.0.1 and e-mail to an SMTP server in this process, retries and restarts.
/// </summary>
[NonParallelizable]
public sealed class SubscriptionDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private string folder = null!;
    private SimpleSmtpServer smtp = null!;
    private WebhookReceiver receiver = null!;

    [SetUp]
    public void Start()
    {
        folder = Directory.CreateTempSubdirectory("kzdiff-subscriptions-").FullName;
        smtp = SimpleSmtpServer.Start();
        receiver = new WebhookReceiver();
    }

    [TearDown]
    public void Stop()
    {
        receiver.Dispose();
        smtp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Import_SendsOneMessagePerMatchingSubscription_WithTheChangedSentencesQuoted()
    {
        using var app = new SubscriptionHost(folder, smtp.Configuration.Port);
        using var alice = await app.UserClientAsync("alice");
        using var bob = await app.UserClientAsync("bob");
        var hook = await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", delivery = new { type = "webhook", url = receiver.Url } });
        var everything = await SubscriptionHost.SubscribeAsync(bob, new { country = "all", delivery = new { type = "webhook", url = receiver.Url } });
        var mail = await SubscriptionHost.SubscribeAsync(bob, new { country = "lumeria", delivery = new { type = "email", address = "bob@reader.test" } });
        var unmatched = await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", terms = new[] { "curfew" }, delivery = new { type = "webhook", url = receiver.Url } });

        await app.ImportAsync("lumeria-2024.txt");

        var delivered = await receiver.WaitForDeliveredAsync(2, Patience);
        await WaitForEmailAsync(1);
        // Late duplicates would arrive within a few retry periods.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.That(receiver.Requests, Has.Count.EqualTo(2), "one webhook per matching subscription, none for the one whose term is absent");
        Assert.That(smtp.ReceivedEmailCount, Is.EqualTo(1));

        var bodies = delivered.ToDictionary(d => JsonDocument.Parse(d.Body).RootElement.GetProperty("subscription").GetString()!);
        Assert.That(bodies.Keys, Is.EquivalentTo(new[] { Id(hook), Id(everything) }));
        foreach (var (id, request) in bodies)
        {
            var secret = (id == Id(hook) ? hook : everything).GetProperty("secret").GetString()!;
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(request.Body)));
            Assert.That(request.Signature, Is.EqualTo(expected), "the signature is the HMAC-SHA256 of the body with the subscription's secret");
            Assert.That(Guid.TryParse(request.Delivery, out _), Is.True, "X-KzDiff-Delivery names the delivery");
            var body = JsonDocument.Parse(request.Body).RootElement;
            Assert.That(body.GetProperty("country").GetString(), Is.EqualTo("lumeria"));
            Assert.That(body.GetProperty("from").GetInt32(), Is.EqualTo(2023));
            Assert.That(body.GetProperty("to").GetInt32(), Is.EqualTo(2024));
            Assert.That(body.GetProperty("url").GetString(), Is.EqualTo("http://kzdiff.test/compare/lumeria/2023..2024"));
            Assert.That(body.GetProperty("summary").GetString(), Does.Contain("2 numbers changed"));
            Assert.That(body.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("explanation").GetString()), Has.Some.Contain("12").And.Some.Contain("40"));
            var quotes = body.GetProperty("changes").EnumerateArray().ToList();
            Assert.That(quotes.Select(q => q.GetProperty("before").GetString()), Has.Some.Contain("Authorities blocked 12 websites"));
            Assert.That(quotes.Select(q => q.GetProperty("after").GetString()), Has.Some.Contain("Authorities blocked 40 websites"));
            Assert.That(quotes.Select(q => q.GetProperty("after").GetString()), Has.Some.Contain("received 55 complaints of torture"));
        }

        var email = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(smtp.ReceivedEmail[0].Data)));
        Assert.That(email.To.Mailboxes.Single().Address, Is.EqualTo("bob@reader.test"));
        Assert.That(email.Subject, Is.EqualTo("Lumeria: what changed from 2023 to 2024"));
        Assert.That(email.TextBody, Does.Contain("Before: The government monitored").Or.Contain("Authorities blocked 12 websites"));
        Assert.That(email.TextBody, Does.Contain("Authorities blocked 40 websites critical of the government"));
        Assert.That(email.HtmlBody, Does.Contain("<ins>").And.Contain("Authorities blocked 40 websites"));
        var unsubscribe = email.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.That(email.TextBody, Does.Contain(unsubscribe));
        Assert.That(unsubscribe, Does.StartWith($"http://kzdiff.test/subscriptions/unsubscribe?id={Id(mail)}&sig="));

        Assert.That((await SubscriptionHost.DeliveriesAsync(alice, Id(unmatched))).GetArrayLength(), Is.Zero, "nothing followed changed: no message");
        var log = await SubscriptionHost.WaitForStatusAsync(alice, Id(hook), "sent", Patience);
        Assert.That(log.GetArrayLength(), Is.EqualTo(1));
        Assert.That(log[0].GetProperty("attempts").GetInt32(), Is.EqualTo(1));

        // The same summary is the subscription's feed entry; a standard parser reads the feed back.
        using (var feedResponse = await alice.GetAsync(hook.GetProperty("feedUrl").GetString()))
        using (var reader = System.Xml.XmlReader.Create(await feedResponse.Content.ReadAsStreamAsync()))
        {
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            var entry = feed.Items.Single();
            Assert.That(entry.Title.Text, Is.EqualTo("Lumeria: what changed from 2023 to 2024"));
            Assert.That(entry.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString(), Is.EqualTo("http://kzdiff.test/compare/lumeria/2023..2024"));
            Assert.That(((System.ServiceModel.Syndication.TextSyndicationContent)entry.Content).Text, Does.Contain("Authorities blocked 40 websites"));
        }

        // The unsubscribe link works without signing in: the page asks, the button posts.
        using var anonymous = app.Host.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        var path = new Uri(unsubscribe).PathAndQuery;
        using var page = await anonymous.GetAsync(path);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await page.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(unsubscribe).Query);
        using var post = await anonymous.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Id"] = query["id"]!,
            ["Sig"] = query["sig"]!,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.That(await post.Content.ReadAsStringAsync(), Does.Contain("Unsubscribed"));
        using var gone = await bob.GetAsync($"/api/subscriptions/{Id(mail)}");
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Webhook_IsDeliveredOnceAfterRetries_WhenReceiverFailsTwice()
    {
        receiver.FailuresLeft = 2;
        using var app = new SubscriptionHost(folder, smtp.Configuration.Port);
        using var alice = await app.UserClientAsync("alice");
        var hook = await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", delivery = new { type = "webhook", url = receiver.Url } });

        await app.ImportAsync("lumeria-2024.txt");

        await receiver.WaitForDeliveredAsync(1, Patience);
        var log = await SubscriptionHost.WaitForStatusAsync(alice, Id(hook), "sent", Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.That(receiver.Requests.Select(r => r.Answered), Is.EqualTo(new[] { 500, 500, 200 }));
        Assert.That(receiver.Requests.Select(r => r.Delivery).Distinct().Count(), Is.EqualTo(1), "every attempt carries the same delivery id");
        Assert.That(log.GetArrayLength(), Is.EqualTo(1));
        Assert.That(log[0].GetProperty("attempts").GetInt32(), Is.EqualTo(3));
        Assert.That(log[0].GetProperty("delivery").GetString(), Is.EqualTo(receiver.Requests.First().Delivery));
        var page = await alice.GetStringAsync($"/subscriptions/{Id(hook)}/deliveries");
        Assert.That(page, Does.Contain("href=\"/compare/lumeria/2023..2024\"").And.Contain("<td>sent"));
    }

    [Test]
    public async Task Restart_DeliversOnce_WhenProcessStopsBetweenFailedAttemptAndRetry()
    {
        receiver.FailuresLeft = int.MaxValue;
        string id;
        using (var first = new SubscriptionHost(folder, smtp.Configuration.Port, new Dictionary<string, string?>
        {
            // Long enough that the first process never retries before it stops.
            ["KzDiff:Subscriptions:FirstRetryDelay"] = "00:00:02",
        }))
        {
            using var alice = await first.UserClientAsync("alice");
            id = Id(await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", delivery = new { type = "webhook", url = receiver.Url } }));
            await first.ImportAsync("lumeria-2024.txt");
            var deadline = DateTime.UtcNow + Patience;
            while (receiver.Requests.IsEmpty && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.That(receiver.Requests, Has.Count.EqualTo(1), "the first process tried once and stopped");
        receiver.FailuresLeft = 0;
        using var second = new SubscriptionHost(folder, smtp.Configuration.Port);
        using var client = await second.UserClientAsync("alice");
        var log = await SubscriptionHost.WaitForStatusAsync(client, id, "sent", Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.That(receiver.Delivered, Has.Count.EqualTo(1));
        Assert.That(receiver.Requests.Select(r => r.Delivery).Distinct().Count(), Is.EqualTo(1));
        Assert.That(log.GetArrayLength(), Is.EqualTo(1));
        Assert.That(log[0].GetProperty("status").GetString(), Is.EqualTo("sent"));
    }

    [Test]
    public async Task Restart_MakesTheSummaryOnce_WhenProcessStopsBeforeTheSummaryJobRan()
    {
        string id;
        // A process that stops right after storing the import: its summary job is never queued.
        using (var first = new SubscriptionHost(
            folder,
            smtp.Configuration.Port,
            configureServices: services => services.AddSingleton<ISubscriptionScheduler, DeferredSubscriptionScheduler>()))
        {
            using var alice = await first.UserClientAsync("alice");
            id = Id(await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", delivery = new { type = "email", address = "alice@reader.test" } }));
            await first.ImportAsync("lumeria-2024.txt");
            Assert.That((await SubscriptionHost.DeliveriesAsync(alice, id)).GetArrayLength(), Is.Zero);
        }

        using var second = new SubscriptionHost(folder, smtp.Configuration.Port);
        using var client = await second.UserClientAsync("alice");
        await WaitForEmailAsync(1);
        var log = await SubscriptionHost.WaitForStatusAsync(client, id, "sent", Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.That(smtp.ReceivedEmailCount, Is.EqualTo(1));
        Assert.That(log.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task SectionSubscription_FiresUnderTheNewTitle_WhenTheSectionWasRenamed()
    {
        using var app = new SubscriptionHost(folder, smtp.Configuration.Port);
        using var alice = await app.UserClientAsync("alice");
        var internet = await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", sections = new[] { "Internet Freedom" }, delivery = new { type = "webhook", url = receiver.Url } });
        var assembly = await SubscriptionHost.SubscribeAsync(alice, new { country = "lumeria", sections = new[] { "2.b" }, delivery = new { type = "webhook", url = receiver.Url } });
        Assert.That(internet.GetProperty("subscription").GetProperty("sections").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "Internet Freedom" }));

        await app.ImportAsync("lumeria-2024.txt");

        var delivered = await receiver.WaitForDeliveredAsync(1, Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.That(receiver.Requests, Has.Count.EqualTo(1), "the unchanged section's subscription gets nothing");
        var body = JsonDocument.Parse(delivered[0].Body).RootElement;
        Assert.That(body.GetProperty("subscription").GetString(), Is.EqualTo(Id(internet)));
        var sections = body.GetProperty("sections").EnumerateArray().ToList();
        Assert.That(sections.Select(s => s.GetProperty("title").GetString()), Is.EqualTo(new[] { "Freedom of Expression Online" }));
        Assert.That(sections[0].GetProperty("changes").GetInt32(), Is.EqualTo(2), "the rename and the changed sentence");
        Assert.That(body.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "section", "number" }));
        var quotes = body.GetProperty("changes").EnumerateArray().ToList();
        Assert.That(quotes, Has.Count.EqualTo(1), "only the followed section's change, not the torture figures");
        Assert.That(quotes[0].GetProperty("after").GetString(), Does.Contain("blocked 40 websites"));
        Assert.That((await SubscriptionHost.DeliveriesAsync(alice, Id(assembly))).GetArrayLength(), Is.Zero);
    }

    private async Task WaitForEmailAsync(int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (smtp.ReceivedEmailCount < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private static string Id(JsonElement created) => created.GetProperty("id").GetString()!;
}
