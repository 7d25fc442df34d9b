namespace KzDiff.Service.Subscriptions;

/// <summary>When a subscription's messages are sent: one per change, or gathered into a digest.</summary>
public enum DeliverySchedule
{
    Immediate,
    Daily,
    Weekly,
}
