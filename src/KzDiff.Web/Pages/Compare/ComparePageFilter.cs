namespace KzDiff.Web.Pages.Compare;

/// <summary>The compare page's filters, all plain query parameters so they work without JavaScript.</summary>
/// <param name="ChangesOnly">Hide unchanged sentences and sections.</param>
/// <param name="SubstantiveOnly">Hide routine, template-wide and formatting changes too.</param>
/// <param name="Section">A section anchor or path; only that section is shown.</param>
/// <param name="Query">Case-insensitive text that a shown sentence or title must contain.</param>
public sealed record ComparePageFilter(bool ChangesOnly, bool SubstantiveOnly, string? Section, string? Query)
{
    public static ComparePageFilter None { get; } = new(false, false, null, null);

    public bool HidesUnchanged => ChangesOnly || SubstantiveOnly;

    public bool IsActive => HidesUnchanged || !string.IsNullOrWhiteSpace(Section) || !string.IsNullOrWhiteSpace(Query);
}
