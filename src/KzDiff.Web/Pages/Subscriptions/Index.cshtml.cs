using System.Security.Claims;
using KzDiff.Service.Editions;
using KzDiff.Service.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Subscriptions;

/// <summary>A signed-in user's subscriptions: make one, list them with their feeds, delete one.</summary>
public sealed class IndexModel(SubscriptionService subscriptions, EditionCatalog catalog) : PageModel
{
    [BindProperty]
    public string? Country { get; set; }

    /// <summary>Sections, one a line or comma-separated.</summary>
    [BindProperty]
    public string? Sections { get; set; }

    [BindProperty]
    public string? Terms { get; set; }

    [BindProperty]
    public string? FlagKinds { get; set; }

    [BindProperty]
    public double? MinScore { get; set; }

    [BindProperty]
    public string DeliveryType { get; set; } = "feed";

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string Schedule { get; set; } = "immediate";

    public IReadOnlyList<SubscriptionView> Items { get; private set; } = [];

    public IReadOnlyList<CountrySummary> Countries { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The secret of the subscription just made: shown once, on the page that made it.</summary>
    public CreatedSubscription? Created { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await subscriptions.CreateAsync(
            UserId,
            new NewSubscription(
                Country,
                Split(Sections),
                Split(Terms),
                Split(FlagKinds),
                MinScore,
                DeliveryType,
                DeliveryType == "webhook" ? Target : null,
                DeliveryType == "email" ? Target : null,
                Schedule),
            cancellationToken);
        if (result.Created is null)
        {
            Error = $"{result.Field}: {result.Error}";
        }

        Created = result.Created;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await subscriptions.DeleteAsync(UserId, id, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Items = await subscriptions.ListAsync(UserId, cancellationToken);
        Countries = await catalog.ListCountriesAsync(cancellationToken);
    }

    private static List<string> Split(string? text) =>
        (text ?? string.Empty).Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
