namespace KzDiff.Service.Subscriptions;

/// <summary>
/// One change summary for one subscription: the webhook body of an immediate delivery, a feed
/// entry and the content of an e-mail. Written by <see cref="SubscriptionJsonContext"/> only.
/// </summary>
/// <param name="Subscription">The subscription it was made for.</param>
/// <param name="Country">Country key.</param>
/// <param name="CountryName">Country as the report names it.</param>
/// <param name="From">The older edition's year.</param>
/// <param name="To">The newer edition's year.</param>
/// <param name="Summary">The comparison's plain-language summary.</param>
/// <param name="Flags">The top flags of the followed changes, highest score first, with their explanations.</param>
/// <param name="Sections">Changes counted per section followed (or per changed section).</param>
/// <param name="Changes">The top changes quoted before and after.</param>
/// <param name="Url">The compare page.</param>
public sealed record ChangeMessage(
    Guid Subscription,
    string Country,
    string CountryName,
    int From,
    int To,
    string Summary,
    IReadOnlyList<MessageFlag> Flags,
    IReadOnlyList<SectionCount> Sections,
    IReadOnlyList<QuotedChange> Changes,
    string Url)
{
    /// <summary>The title of an e-mail or feed entry: country and years.</summary>
    public string Title => $"{CountryName}: what changed from {From} to {To}";
}
