using System.Net;
using KzDiff.Service.Subscriptions;

namespace KzDiff.Service.Tests.Subscriptions;

/// <summary>The decision on addresses alone: nothing here opens a connection.</summary>
public sealed class AddressPolicyTests
{
    [TestCase("127.0.0.1", TestName = "IsPublic_False_ForLoopback")]
    [TestCase("127.53.0.9", TestName = "IsPublic_False_ForAnyLoopbackOf127Slash8")]
    [TestCase("::1", TestName = "IsPublic_False_ForIPv6Loopback")]
    [TestCase("169.254.169.254", TestName = "IsPublic_False_ForLinkLocalMetadataService")]
    [TestCase("fe80::1", TestName = "IsPublic_False_ForIPv6LinkLocal")]
    [TestCase("10.0.0.5", TestName = "IsPublic_False_ForPrivate10")]
    [TestCase("172.16.0.1", TestName = "IsPublic_False_ForPrivate172Lower")]
    [TestCase("172.31.255.254", TestName = "IsPublic_False_ForPrivate172Upper")]
    [TestCase("192.168.1.1", TestName = "IsPublic_False_ForPrivate192")]
    [TestCase("100.64.0.1", TestName = "IsPublic_False_ForCarrierGradeNat")]
    [TestCase("fd00::1", TestName = "IsPublic_False_ForIPv6UniqueLocal")]
    [TestCase("fc00::1", TestName = "IsPublic_False_ForIPv6UniqueLocalFc")]
    [TestCase("fec0::1", TestName = "IsPublic_False_ForIPv6SiteLocal")]
    [TestCase("::ffff:127.0.0.1", TestName = "IsPublic_False_ForIPv4MappedLoopback")]
    [TestCase("::ffff:10.1.2.3", TestName = "IsPublic_False_ForIPv4MappedPrivate")]
    [TestCase("::127.0.0.1", TestName = "IsPublic_False_ForIPv4CompatibleLoopback")]
    [TestCase("64:ff9b::a9fe:a9fe", TestName = "IsPublic_False_ForNat64OfLinkLocal")]
    [TestCase("2002:c0a8:0101::1", TestName = "IsPublic_False_For6to4OfPrivate")]
    [TestCase("0.0.0.0", TestName = "IsPublic_False_ForUnspecified")]
    [TestCase("::", TestName = "IsPublic_False_ForIPv6Unspecified")]
    [TestCase("224.0.0.251", TestName = "IsPublic_False_ForMulticast")]
    [TestCase("ff02::1", TestName = "IsPublic_False_ForIPv6Multicast")]
    [TestCase("255.255.255.255", TestName = "IsPublic_False_ForBroadcast")]
    [TestCase("240.0.0.1", TestName = "IsPublic_False_ForReserved")]
    [TestCase("192.0.2.10", TestName = "IsPublic_False_ForDocumentation")]
    [TestCase("2001:db8::1", TestName = "IsPublic_False_ForIPv6Documentation")]
    public void IsPublic_False_ForAddressesTheServerMustNotCall(string address) =>
        Assert.That(AddressPolicy.IsPublic(IPAddress.Parse(address)), Is.False);

    [TestCase("93.184.215.14", TestName = "IsPublic_True_ForPublicIPv4")]
    [TestCase("8.8.8.8", TestName = "IsPublic_True_ForAnotherPublicIPv4")]
    [TestCase("172.32.0.1", TestName = "IsPublic_True_JustAbovePrivate172")]
    [TestCase("2606:4700:4700::1111", TestName = "IsPublic_True_ForPublicIPv6")]
    [TestCase("::ffff:93.184.215.14", TestName = "IsPublic_True_ForIPv4MappedPublic")]
    public void IsPublic_True_ForPublicUnicast(string address) =>
        Assert.That(AddressPolicy.IsPublic(IPAddress.Parse(address)), Is.True);
}
