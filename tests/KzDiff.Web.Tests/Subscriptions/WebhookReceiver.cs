using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace KzDiff.Web.Tests.Subscriptions;

/// <summary>
/// A webhook receiver on 127.0.0.1 (the only address any test connects to): records every request
/// and answers 500 to the first <see cref="FailuresLeft"/> of them.
/// </summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public WebhookReceiver()
    {
        // A free port: let the system pick one, then listen there.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>Requests still to answer with 500.</summary>
    public int FailuresLeft { get; set; }

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    /// <summary>The requests answered 2xx.</summary>
    public IReadOnlyList<ReceivedWebhook> Delivered => Requests.Where(r => r.Answered == 200).ToList();

    /// <summary>Waits until <paramref name="count"/> requests were answered 2xx, or the time is up.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForDeliveredAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Delivered.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return Delivered;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            using var body = new StreamReader(context.Request.InputStream);
            var text = await body.ReadToEndAsync();
            var failing = FailuresLeft > 0;
            if (failing)
            {
                FailuresLeft--;
            }

            var status = failing ? 500 : 200;
            Requests.Enqueue(new ReceivedWebhook(
                context.Request.Headers["X-KzDiff-Signature"],
                context.Request.Headers["X-KzDiff-Delivery"],
                text,
                status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}

/// <summary>One request the receiver got and how it answered.</summary>
internal sealed record ReceivedWebhook(string? Signature, string? Delivery, string Body, int Answered);
