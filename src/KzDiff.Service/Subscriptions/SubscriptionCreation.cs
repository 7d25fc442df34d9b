namespace KzDiff.Service.Subscriptions;

/// <summary>The outcome of a request to subscribe: the subscription, or the field that is wrong and why.</summary>
public sealed record SubscriptionCreation(CreatedSubscription? Created, string? Field = null, string? Error = null)
{
    public static SubscriptionCreation Invalid(string field, string error) => new(null, field, error);
}
