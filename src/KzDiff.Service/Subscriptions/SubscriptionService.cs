using System.Net;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Parsing;
using KzDiff.Service.Configuration;
using KzDiff.Service.Storage;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace KzDiff.Service.Subscriptions;

/// <summary>Makes, lists and removes a user's subscriptions; their delivery log, feed and unsubscribe link.</summary>
public sealed class SubscriptionService(
    IDbContextFactory<KzDiffDbContext> contextFactory,
    SubscriptionLinks links,
    KzDiffOptions options,
    TimeProvider time)
{
    public const int MaxSections = 20;
    public const int MaxTerms = 20;
    public const int MaxTermLength = 60;
    public const int MaxSectionLength = 300;
    public const int MaxUrlLength = 2000;
    public const int MaxAddressLength = 254;
    public const int MaxFeedEntries = 50;

    public async Task<SubscriptionCreation> CreateAsync(string userId, NewSubscription input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(input);
        var settings = options.Subscriptions;

        if (!TryParse<DeliveryType>(input.DeliveryType, out var type))
        {
            return SubscriptionCreation.Invalid("delivery.type", "'delivery.type' must be webhook, email or feed");
        }

        DeliverySchedule schedule = DeliverySchedule.Immediate;
        if (input.Schedule is not null && !TryParse(input.Schedule, out schedule))
        {
            return SubscriptionCreation.Invalid("schedule", "'schedule' must be immediate, daily or weekly");
        }

        string? target = null;
        if (type == DeliveryType.Webhook)
        {
            if (CheckWebhookUrl(input.Url, settings.AllowPrivateAddresses) is { } problem)
            {
                return SubscriptionCreation.Invalid("delivery.url", problem);
            }

            target = input.Url;
        }
        else if (type == DeliveryType.Email)
        {
            if (!settings.Smtp.IsConfigured)
            {
                return SubscriptionCreation.Invalid("delivery.type", "e-mail delivery is not configured on this server (KzDiff:Subscriptions:Smtp:Host); use a webhook or the feed");
            }

            if (input.Address is not { Length: > 0 and <= MaxAddressLength } address
                || !MailboxAddress.TryParse(address, out var mailbox) || mailbox.Address.IndexOf('@', StringComparison.Ordinal) <= 0 || mailbox.Address != address.Trim())
            {
                return SubscriptionCreation.Invalid("delivery.address", $"'delivery.address' must be one e-mail address (at most {MaxAddressLength} characters)");
            }

            target = address.Trim();
        }

        if (input.MinScore is { } score && (double.IsNaN(score) || score < 0 || score > 1))
        {
            return SubscriptionCreation.Invalid("minScore", "'minScore' must be between 0 and 1");
        }

        var kinds = new List<string>();
        foreach (var kind in input.FlagKinds ?? [])
        {
            if (!TryParse<FlagKind>(kind, out var parsed))
            {
                return SubscriptionCreation.Invalid("flagKinds", $"'{Show(kind)}' is not a flag kind; use {string.Join(", ", Enum.GetNames<FlagKind>().Select(n => n.ToLowerInvariant()))}");
            }

            kinds.Add(parsed.ToString().ToLowerInvariant());
        }

        var terms = (input.Terms ?? []).Select(t => t?.Trim() ?? string.Empty).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (terms.Count > MaxTerms || terms.Any(t => t.Length is 0 or > MaxTermLength || t.Contains('\n', StringComparison.Ordinal)))
        {
            return SubscriptionCreation.Invalid("terms", $"give at most {MaxTerms} terms of 1 to {MaxTermLength} characters");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        string? country = null;
        if (!string.IsNullOrWhiteSpace(input.Country) && !input.Country.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            country = input.Country.Length <= 200 ? CountryKeys.Normalize(input.Country) : null;
            if (country is null || !await db.Editions.AnyAsync(e => e.CountryKey == country, cancellationToken))
            {
                return SubscriptionCreation.Invalid("country", $"no edition of '{Show(input.Country)}' is stored (GET /api/countries lists the keys)");
            }
        }

        var sections = input.Sections ?? [];
        string? lineages = null;
        string? titles = null;
        if (sections.Count > 0)
        {
            if (country is null)
            {
                return SubscriptionCreation.Invalid("sections", "following sections needs a country: sections are named in that country's report");
            }

            if (sections.Count > MaxSections || sections.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > MaxSectionLength))
            {
                return SubscriptionCreation.Invalid("sections", $"give at most {MaxSections} sections of 1 to {MaxSectionLength} characters");
            }

            var resolved = await ResolveSectionsAsync(db, country, sections, cancellationToken);
            if (resolved.Missing is { } missing)
            {
                return SubscriptionCreation.Invalid("sections", $"the latest {country} report has no section '{Show(missing)}' (a path such as 2.a, a title, or a lineage id)");
            }

            lineages = string.Join('\n', resolved.Found.Select(f => f.LineageId).Distinct(StringComparer.Ordinal));
            titles = string.Join('\n', resolved.Found.Select(f => f.Title).Distinct(StringComparer.Ordinal));
        }

        if (await db.Subscriptions.CountAsync(s => s.UserId == userId, cancellationToken) >= settings.MaxPerUser)
        {
            return SubscriptionCreation.Invalid("subscription", $"a user may hold at most {settings.MaxPerUser} subscriptions; delete one first");
        }

        var record = new SubscriptionRecord
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            CountryKey = country,
            SectionLineages = lineages,
            SectionTitles = titles,
            Terms = terms.Count == 0 ? null : string.Join('\n', terms),
            FlagKinds = kinds.Count == 0 ? null : string.Join('\n', kinds.Distinct(StringComparer.Ordinal)),
            MinScore = input.MinScore ?? 0,
            DeliveryType = type.ToString(),
            Target = target,
            Secret = SubscriptionKeys.NewSecret(),
            Schedule = schedule.ToString(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Subscriptions.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return new SubscriptionCreation(new CreatedSubscription(ToView(record), record.Secret));
    }

    public async Task<IReadOnlyList<SubscriptionView>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(cancellationToken);
        return records.OrderBy(s => s.CreatedAt).Select(ToView).ToList();
    }

    /// <summary>One of the user's subscriptions; null when it is not theirs (or not there): nobody learns of another's.</summary>
    public async Task<SubscriptionView?> GetAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken);
        return record is null ? null : ToView(record);
    }

    public async Task<bool> DeleteAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Its outbox rows go with it (cascade): nothing more is sent for a deleted subscription.
        return await db.Subscriptions.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>The latest change summaries of one of the user's subscriptions and their delivery; null when it is not theirs.</summary>
    public async Task<IReadOnlyList<DeliveryLogEntry>?> DeliveriesAsync(string userId, Guid id, int count = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Subscriptions.AnyAsync(s => s.Id == id && s.UserId == userId, cancellationToken))
        {
            return null;
        }

        var rows = await db.SubscriptionDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.CreatedAt)
            .Take(Math.Clamp(count, 1, 500))
            .Select(d => new { d.Id, d.BatchId, d.CountryKey, d.FromYear, d.ToYear, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt, d.SentAt, d.LastError })
            .ToListAsync(cancellationToken);
        return rows.Select(d => new DeliveryLogEntry(
                d.Id, d.BatchId, d.CountryKey, d.FromYear, d.ToYear, StatusName(d.Status), d.Attempts, d.CreatedAt,
                d.Status == DeliveryState.Pending ? d.NextAttemptAt : null, d.SentAt, d.LastError))
            .ToList();
    }

    /// <summary>The Atom feed of a subscription, or null when the key does not match (or there is no such subscription).</summary>
    public async Task<byte[]?> FeedAsync(Guid id, string? key, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (record is null || !SubscriptionKeys.Matches(SubscriptionKeys.FeedKey(record.Secret, id), key))
        {
            return null;
        }

        var rows = await db.SubscriptionDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.CreatedAt)
            .Take(MaxFeedEntries)
            .Select(d => new { d.Id, d.CreatedAt, d.MessageJson })
            .ToListAsync(cancellationToken);
        return SubscriptionFeed.Write(ToView(record), links.Feed(id, record.Secret), links.Subscriptions, rows.Select(r => (r.Id, r.CreatedAt, r.MessageJson)).ToList());
    }

    /// <summary>The subscription an unsubscribe link names, when its signature is right; null otherwise.</summary>
    public async Task<SubscriptionView?> FindForUnsubscribeAsync(Guid id, string? signature, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return record is not null && SubscriptionKeys.Matches(SubscriptionKeys.UnsubscribeSignature(record.Secret, id), signature) ? ToView(record) : null;
    }

    /// <summary>Deletes the subscription an unsubscribe link names, when its signature is right.</summary>
    public async Task<bool> UnsubscribeAsync(Guid id, string? signature, CancellationToken cancellationToken = default)
    {
        var found = await FindForUnsubscribeAsync(id, signature, cancellationToken);
        if (found is null)
        {
            return false;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Subscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    /// <summary>Why a webhook address is refused, or null. Names are checked again at every delivery, after resolution.</summary>
    public static string? CheckWebhookUrl(string? url, bool allowPrivate)
    {
        if (url is not { Length: > 0 and <= MaxUrlLength }
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0)
        {
            return $"'delivery.url' must be an absolute http or https address without a user name (at most {MaxUrlLength} characters)";
        }

        if (!allowPrivate && IPAddress.TryParse(uri.IdnHost, out var literal) && !AddressPolicy.IsPublic(literal))
        {
            return $"'delivery.url' points at {literal}, which is not a public address";
        }

        if (!allowPrivate && (uri.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
        {
            return "'delivery.url' points at this server (localhost)";
        }

        return null;
    }

    private static async Task<(List<SectionRecord> Found, string? Missing)> ResolveSectionsAsync(
        KzDiffDbContext db, string country, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        var latest = await db.Editions.AsNoTracking()
            .Where(e => e.CountryKey == country)
            .OrderByDescending(e => e.Year).ThenByDescending(e => e.Revision)
            .Select(e => e.Id)
            .FirstAsync(cancellationToken);
        // The document root is the whole report, not a section one follows.
        var sections = await db.Sections.AsNoTracking().Where(s => s.EditionId == latest && s.Depth > 0).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var found = new List<SectionRecord>();
        foreach (var name in wanted)
        {
            var text = name.Trim();
            var match = sections.FirstOrDefault(s => s.Path.Equals(text, StringComparison.OrdinalIgnoreCase))
                ?? sections.FirstOrDefault(s => s.LineageId.Equals(text, StringComparison.OrdinalIgnoreCase))
                ?? sections.FirstOrDefault(s => s.Key.Equals(text, StringComparison.OrdinalIgnoreCase))
                ?? sections.FirstOrDefault(s => s.Title.Equals(text, StringComparison.OrdinalIgnoreCase))
                ?? sections.FirstOrDefault(s => s.Key.Equals(SectionKeys.FromTitle(text), StringComparison.Ordinal));
            if (match is null)
            {
                return (found, text);
            }

            found.Add(match);
        }

        return (found, null);
    }

    private SubscriptionView ToView(SubscriptionRecord s) => new(
        s.Id,
        s.CountryKey,
        SubscriptionFilter.Lines(s.SectionTitles).ToList(),
        SubscriptionFilter.Lines(s.Terms).ToList(),
        SubscriptionFilter.Lines(s.FlagKinds).ToList(),
        s.MinScore,
        s.DeliveryType.ToLowerInvariant(),
        s.Target,
        s.Schedule.ToLowerInvariant(),
        s.CreatedAt,
        SubscriptionLinks.FeedPath(s.Id, s.Secret));

    internal static string StatusName(DeliveryState state) => state == DeliveryState.FeedOnly ? "feedOnly" : state.ToString().ToLowerInvariant();

    private static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    private static string Show(string? text) => text is null ? string.Empty : text.Length > 60 ? text[..60] + "…" : text;
}
