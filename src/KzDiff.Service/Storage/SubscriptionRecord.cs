namespace KzDiff.Service.Storage;

/// <summary>
/// What a user follows and how they hear of it. Lists are stored one item a line: they are read
/// whole with the subscription and never queried item by item.
/// </summary>
public sealed class SubscriptionRecord
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The country followed, or null for every country.</summary>
    public string? CountryKey { get; set; }

    /// <summary>Lineage ids of the followed sections (with their descendants), one a line; null for the whole report.</summary>
    public string? SectionLineages { get; set; }

    /// <summary>The sections' titles as they were when the subscription was made, one a line, for display.</summary>
    public string? SectionTitles { get; set; }

    /// <summary>Terms a change must contain (case-blind), one a line; null for any change.</summary>
    public string? Terms { get; set; }

    /// <summary>Flag kinds (lower case) a change must carry, one a line; null for any.</summary>
    public string? FlagKinds { get; set; }

    /// <summary>The lowest flag score that counts; 0 lets every change through.</summary>
    public double MinScore { get; set; }

    public required string DeliveryType { get; set; }

    /// <summary>The webhook URL or the e-mail address; null for a feed-only subscription.</summary>
    public string? Target { get; set; }

    /// <summary>Signs webhook bodies, the unsubscribe link and the feed's key; shown to the owner once.</summary>
    public required string Secret { get; set; }

    public required string Schedule { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the last digest was gathered (daily and weekly schedules); null before the first.</summary>
    public DateTime? LastDigestAt { get; set; }
}
