namespace KzDiff.Service.Storage;

/// <summary>Where one change summary's delivery stands; the API shows these names in lower case.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for the subscription's next daily or weekly digest.</summary>
    Held,

    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,

    /// <summary>Claimed by a sending run.</summary>
    Sending,

    Sent,

    /// <summary>Every attempt failed, or the target was refused; the last error says why.</summary>
    Failed,

    /// <summary>A feed-only subscription: the feed is the delivery.</summary>
    FeedOnly,
}
