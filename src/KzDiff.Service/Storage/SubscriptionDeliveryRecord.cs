namespace KzDiff.Service.Storage;

/// <summary>
/// The outbox: one change summary for one subscription and one comparison (unique, so a summary job
/// that runs twice stores it once), and where its delivery stands. Rows sent together share a
/// <see cref="BatchId"/>: one row for an immediate message, every change of a digest for a digest.
/// </summary>
public sealed class SubscriptionDeliveryRecord
{
    public Guid Id { get; set; }

    public Guid SubscriptionId { get; set; }

    public Guid ComparisonId { get; set; }

    public required string CountryKey { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    /// <summary>The message in the subscriptions' JSON contract (<c>ChangeMessage</c>).</summary>
    public required string MessageJson { get; set; }

    public DeliveryState Status { get; set; }

    /// <summary>The delivery this row is sent in (<c>X-KzDiff-Delivery</c>); null while it waits for a digest.</summary>
    public Guid? BatchId { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    /// <summary>Until when a sending run holds the row; another run may take it over after that.</summary>
    public DateTime? LeaseExpiresAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}
