using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KzDiff.Service.Accounts;
using KzDiff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KzDiff.Web.Tests.Subscriptions;

/// <summary>
/// The app on a store whose only edition is Lumeria 2023, set up to deliver to the test's own
/// receivers on 127.0.0.1 (the one test setting that allows private addresses) with one-second
/// retries. A second host on the same folder is a restart.
/// </summary>
internal sealed class SubscriptionHost : IDisposable
{
    private readonly ApiHost host;
    private readonly HttpClient reviewer;

    public SubscriptionHost(string folder, int smtpPort, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configureServices = null)
    {
        Folder = folder;
        var editions = Path.Combine(folder, "editions");
        Directory.CreateDirectory(editions);
        File.Copy(LumeriaEditions.PathOf("lumeria-2023.txt"), Path.Combine(editions, "lumeria-2023.txt"), overwrite: true);
        var settings = new Dictionary<string, string?>
        {
            ["KzDiff:Subscriptions:AllowPrivateAddresses"] = "true",
            ["KzDiff:Subscriptions:FirstRetryDelay"] = "00:00:01",
            ["KzDiff:Subscriptions:MaxRetryDelay"] = "00:00:02",
            ["KzDiff:Subscriptions:WebhookTimeout"] = "00:00:05",
            ["KzDiff:Subscriptions:PublicBaseUrl"] = "http://kzdiff.test",
            ["KzDiff:Subscriptions:Smtp:Host"] = "127.0.0.1",
            ["KzDiff:Subscriptions:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["KzDiff:Subscriptions:Smtp:Security"] = "None",
            ["KzDiff:Subscriptions:Smtp:From"] = "KzDiff <kzdiff@kzdiff.test>",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        host = new ApiHost(folder, settings, copySamples: false, configureServices);
        reviewer = host.CreateClient();
    }

    public string Folder { get; }

    public ApiHost Host => host;

    /// <summary>A client calling as <paramref name="name"/>, a viewer (the weakest role may subscribe).</summary>
    public async Task<HttpClient> UserClientAsync(string name)
    {
        var token = await host.CreateUserWithTokenAsync(name, Roles.Viewer);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Subscribes and returns the 201 answer's document (id, secret, feedUrl).</summary>
    public static async Task<JsonElement> SubscribeAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/subscriptions", request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), body.ToString());
        return body;
    }

    /// <summary>Uploads an edition as a reviewer, as a user of the upload form would.</summary>
    public async Task ImportAsync(string name)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(LumeriaEditions.Bytes(name)), "file", name);
        using var response = await reviewer.PostAsync("/api/editions", form);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> DeliveriesAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/subscriptions/{id}/deliveries")).GetProperty("items");

    /// <summary>Waits until the subscription's log shows <paramref name="status"/> on every row (at least one), or the time is up.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string id, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var items = await DeliveriesAsync(client, id);
            if ((items.GetArrayLength() > 0 && items.EnumerateArray().All(i => i.GetProperty("status").GetString() == status)) || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        reviewer.Dispose();
        host.Dispose();
    }
}
