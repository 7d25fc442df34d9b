using KzDiff.Service.Subscriptions;

namespace KzDiff.Web.Api;

/// <summary>The answer to a new subscription: its id, the secret that signs its webhooks (shown this once) and its feed.</summary>
public sealed record SubscriptionCreatedResponse(Guid Id, string Secret, string FeedUrl, SubscriptionView Subscription);
