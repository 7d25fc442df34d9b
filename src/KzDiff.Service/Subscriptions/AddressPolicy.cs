using System.Net;
using System.Net.Sockets;

namespace KzDiff.Service.Subscriptions;

/// <summary>
/// Which addresses a webhook may be delivered to: public unicast only. Everything a server can reach
/// but the subscriber should not (its own loopback, the link-local cloud metadata service, private
/// networks, multicast) is refused, also when written as an IPv4-mapped or embedded IPv6 address.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Whether <paramref name="address"/> is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    /// <summary>Why an address is refused, for the delivery log; null when it is public.</summary>
    public static string? Refusal(IPAddress address) => IsPublic(address) ? null : $"{address} is not a public address";

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0 // "this network", 0.0.0.0 included: connecting to it reaches the host itself
        || b[0] == 10
        || b[0] == 127
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) // carrier-grade NAT
        || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata services
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // IETF protocol assignments, TEST-NET-1
        || (b[0] == 192 && b[1] == 88 && b[2] == 99) // 6to4 relay anycast
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 198 && b[1] is 18 or 19) // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100) // TEST-NET-2
        || (b[0] == 203 && b[1] == 0 && b[2] == 113) // TEST-NET-3
        || b[0] >= 224); // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        // Addresses that carry an IPv4 address are judged by it: IPv4-compatible (::a.b.c.d),
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4(b[12..]);
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4(b[12..]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b[2..6]);
        }

        // Documentation (2001:db8::/32), Teredo (2001::/32, tunnels to anywhere), discard-only (100::/64).
        if ((b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
            || (b[0] == 0x01 && b[1] == 0x00 && b.AsSpan(2, 6).IndexOfAnyExcept((byte)0) < 0))
        {
            return false;
        }

        // Global unicast is 2000::/3; everything else is reserved.
        return (b[0] & 0xe0) == 0x20;
    }
}
