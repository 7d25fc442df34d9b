namespace KzDiff.Service.Subscriptions;

/// <summary>A new subscription and its secret, which is shown this once (it signs webhook bodies).</summary>
public sealed record CreatedSubscription(SubscriptionView Subscription, string Secret);
