using System.Net;
using System.Net.Sockets;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Resolves a webhook's host when the connection is made and connects only to an address the policy
/// allows. Checking when connecting, not when the subscription is made, is what defeats DNS
/// rebinding (a name that answered a public address then answers 127.0.0.1) and redirects (every
/// new connection of the handler comes through here). A name with any refused address is refused
/// whole: which of its answers a later lookup would prefer is the attacker's choice.
/// </summary>
public sealed class WebhookAddressGuard(bool allowPrivate, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
{
    /// <summary>The guard with the system's resolver.</summary>
    public WebhookAddressGuard(bool allowPrivate)
        : this(allowPrivate, Dns.GetHostAddressesAsync)
    {
    }

    /// <summary>The address to connect to for <paramref name="host"/>, or <see cref="WebhookRefusedException"/>.</summary>
    public async Task<IPAddress> ChooseAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var literal = IPAddress.TryParse(host.Trim('[', ']'), out var parsed);
        var addresses = literal ? [parsed!] : await resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new WebhookRefusedException($"{host} has no address");
        }

        if (!allowPrivate)
        {
            foreach (var address in addresses)
            {
                if (AddressPolicy.Refusal(address) is { } why)
                {
                    throw new WebhookRefusedException(literal ? $"refused: {why}" : $"refused: {host} resolves to {address}, which is not a public address");
                }
            }
        }

        return addresses[0];
    }

    /// <summary>The handler's <c>ConnectCallback</c>: every connection of a webhook call, redirects included.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = await ChooseAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
