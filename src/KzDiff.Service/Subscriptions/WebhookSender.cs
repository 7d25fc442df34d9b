using System.Net.Http.Headers;
using KzDiff.Service.Configuration;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Posts signed webhook bodies. One client for the process; its handler connects only through
/// <see cref="WebhookAddressGuard"/>, uses no proxy (a proxy would connect where the guard cannot
/// see) and follows at most three redirects, each through the guard again.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string SignatureHeader = "X-KzDiff-Signature";
    public const string DeliveryHeader = "X-KzDiff-Delivery";

    private readonly HttpClient client;
    private readonly TimeSpan timeout;

    public WebhookSender(KzDiffOptions options)
        : this(options, new WebhookAddressGuard(options?.Subscriptions.AllowPrivateAddresses ?? false))
    {
    }

    /// <summary>With another guard: tests give one whose resolver is a fake, so that no lookup leaves the process.</summary>
    internal WebhookSender(KzDiffOptions options, WebhookAddressGuard guard)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(guard);
        timeout = options.Subscriptions.WebhookTimeout;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = guard.ConnectAsync,
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 3,
            ConnectTimeout = timeout,
            // Connections are not kept long: a name is resolved (and checked) again soon.
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        client = new HttpClient(handler) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("KzDiff-Webhook", "1"));
    }

    /// <summary>Posts <paramref name="body"/>; throws unless the receiver answered 2xx.</summary>
    public async Task SendAsync(string url, string secret, Guid deliveryId, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, SubscriptionKeys.SignBody(secret, body));
        request.Headers.Add(DeliveryHeader, deliveryId.ToString("D"));
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"the receiver answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            }
        }
        catch (HttpRequestException ex) when (Refusal(ex) is { } refused)
        {
            throw refused;
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the receiver did not answer within {timeout:c}", ex);
        }
    }

    private static WebhookRefusedException? Refusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is WebhookRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    public void Dispose() => client.Dispose();
}
