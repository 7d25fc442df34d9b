using System.Net;
using KzDiff.Service.Configuration;
using KzDiff.Service.Subscriptions;

namespace KzDiff.Service.Tests.Subscriptions;

/// <summary>
/// The decision on names, with a fake resolver: no lookup leaves the process and no connection is
/// opened (every refusal comes before the connect).
/// </summary>
public sealed class WebhookAddressGuardTests
{
    private static readonly IPAddress Public = IPAddress.Parse("93.184.215.14");

    private static Func<string, CancellationToken, Task<IPAddress[]>> Resolver(Dictionary<string, Queue<IPAddress[]>> answers, List<string>? asked = null) =>
        (host, _) =>
        {
            asked?.Add(host);
            var queue = answers[host];
            return Task.FromResult(queue.Count > 1 ? queue.Dequeue() : queue.Peek());
        };

    [Test]
    public async Task ChooseAsync_ReturnsTheAddress_WhenNameResolvesToPublicAddress()
    {
        var guard = new WebhookAddressGuard(false, Resolver(new() { ["hooks.example.org"] = new([[Public]]) }));
        Assert.That(await guard.ChooseAsync("hooks.example.org", CancellationToken.None), Is.EqualTo(Public));
    }

    [Test]
    public async Task ChooseAsync_Refuses_WhenNameIsReboundToLoopbackAfterFirstAnswer()
    {
        // A rebinding name: public when the subscription was checked, loopback when the call is made.
        var guard = new WebhookAddressGuard(false, Resolver(new() { ["rebound.example"] = new([[Public], [IPAddress.Loopback]]) }));

        Assert.That(await guard.ChooseAsync("rebound.example", CancellationToken.None), Is.EqualTo(Public));
        var refused = Assert.ThrowsAsync<WebhookRefusedException>(() => guard.ChooseAsync("rebound.example", CancellationToken.None));
        Assert.That(refused!.Message, Does.Contain("rebound.example resolves to 127.0.0.1"));
    }

    [TestCase("10.0.0.7", TestName = "ChooseAsync_Refuses_WhenAnyAnswerIsPrivate")]
    [TestCase("169.254.169.254", TestName = "ChooseAsync_Refuses_WhenAnyAnswerIsLinkLocal")]
    [TestCase("::1", TestName = "ChooseAsync_Refuses_WhenAnyAnswerIsIPv6Loopback")]
    [TestCase("::ffff:192.168.0.1", TestName = "ChooseAsync_Refuses_WhenAnyAnswerIsIPv4MappedPrivate")]
    public void ChooseAsync_Refuses_WhenAnyAnswerIsNotPublic(string second)
    {
        var guard = new WebhookAddressGuard(false, Resolver(new() { ["mixed.example"] = new([[Public, IPAddress.Parse(second)]]) }));
        Assert.ThrowsAsync<WebhookRefusedException>(() => guard.ChooseAsync("mixed.example", CancellationToken.None));
    }

    [Test]
    public void ChooseAsync_RefusesLiteralWithoutResolving_WhenAddressIsLoopback()
    {
        var asked = new List<string>();
        var guard = new WebhookAddressGuard(false, Resolver([], asked));

        Assert.ThrowsAsync<WebhookRefusedException>(() => guard.ChooseAsync("127.0.0.1", CancellationToken.None));
        Assert.ThrowsAsync<WebhookRefusedException>(() => guard.ChooseAsync("[::1]", CancellationToken.None));
        Assert.That(asked, Is.Empty);
    }

    [Test]
    public void ChooseAsync_Refuses_WhenNameHasNoAddress()
    {
        var guard = new WebhookAddressGuard(false, Resolver(new() { ["nothing.example"] = new([[]]) }));
        Assert.ThrowsAsync<WebhookRefusedException>(() => guard.ChooseAsync("nothing.example", CancellationToken.None));
    }

    [Test]
    public async Task ChooseAsync_AllowsLoopback_WhenPrivateAddressesAreAllowed()
    {
        var guard = new WebhookAddressGuard(true, Resolver(new() { ["receiver.test"] = new([[IPAddress.Loopback]]) }));
        Assert.That(await guard.ChooseAsync("receiver.test", CancellationToken.None), Is.EqualTo(IPAddress.Loopback));
    }

    [Test]
    public void SendAsync_ThrowsRefusedBeforeConnecting_WhenNameResolvesToLoopback()
    {
        // The whole HTTP path: the handler's connect callback asks the guard, which refuses.
        var guard = new WebhookAddressGuard(false, Resolver(new() { ["rebound.example"] = new([[IPAddress.Loopback]]) }));
        using var sender = new WebhookSender(new KzDiffOptions(), guard);

        var refused = Assert.ThrowsAsync<WebhookRefusedException>(
            () => sender.SendAsync("http://rebound.example:9/hook", "secret", Guid.NewGuid(), "{}"u8.ToArray(), CancellationToken.None));
        Assert.That(refused!.Message, Does.Contain("127.0.0.1"));
    }
}
