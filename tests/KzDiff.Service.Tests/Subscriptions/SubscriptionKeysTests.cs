using System.Text;
using KzDiff.Service.Subscriptions;

namespace KzDiff.Service.Tests.Subscriptions;

public sealed class SubscriptionKeysTests
{
    [Test]
    public void SignBody_IsHexHmacSha256OfTheBody_AsAnyHmacLibraryComputesIt()
    {
        // Computed with Python's hmac module, as a receiver would (README).
        var signature = SubscriptionKeys.SignBody("kzdiff-test-secret", Encoding.UTF8.GetBytes("{\"subscription\":\"x\"}"));
        Assert.That(signature, Is.EqualTo("sha256=c5dfa4103826cd5852bf33bd6921d105a18b6db1fa17babe930fad162bf0cabf"));
    }

    [Test]
    public void UnsubscribeSignature_Differs_ForAnotherSubscriptionOrSecret()
    {
        var id = Guid.NewGuid();
        var signature = SubscriptionKeys.UnsubscribeSignature("secret-a", id);
        Assert.That(SubscriptionKeys.Matches(signature, SubscriptionKeys.UnsubscribeSignature("secret-a", id)), Is.True);
        Assert.That(SubscriptionKeys.Matches(signature, SubscriptionKeys.UnsubscribeSignature("secret-b", id)), Is.False);
        Assert.That(SubscriptionKeys.Matches(signature, SubscriptionKeys.UnsubscribeSignature("secret-a", Guid.NewGuid())), Is.False);
        Assert.That(SubscriptionKeys.Matches(signature, null), Is.False);
    }
}
