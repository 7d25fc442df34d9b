namespace KzDiff.Service.Subscriptions;

/// <summary>How a subscription's messages travel; every subscription also has an Atom feed.</summary>
public enum DeliveryType
{
    Webhook,
    Email,
    Feed,
}
