namespace KzDiff.Service.Subscriptions;

/// <summary>One change summary of a subscription and where its delivery stands.</summary>
/// <param name="Id">The outbox row.</param>
/// <param name="Delivery">The delivery it is sent in (X-KzDiff-Delivery); null while it waits for a digest or for a feed.</param>
/// <param name="Country">Country key.</param>
/// <param name="From">The older year.</param>
/// <param name="To">The newer year.</param>
/// <param name="Status">held, pending, sending, sent, failed or feedOnly.</param>
/// <param name="Attempts">Sending attempts so far.</param>
/// <param name="CreatedAt">When the summary was made (UTC).</param>
/// <param name="NextAttemptAt">When the next attempt is due, while pending.</param>
/// <param name="SentAt">When it was delivered.</param>
/// <param name="Error">The last attempt's error.</param>
public sealed record DeliveryLogEntry(
    Guid Id,
    Guid? Delivery,
    string Country,
    int From,
    int To,
    string Status,
    int Attempts,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? SentAt,
    string? Error);
