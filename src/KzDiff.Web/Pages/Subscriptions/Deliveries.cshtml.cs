using System.Security.Claims;
using KzDiff.Service.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Subscriptions;

/// <summary>The delivery log of one of the user's subscriptions.</summary>
public sealed class DeliveriesModel(SubscriptionService subscriptions) : PageModel
{
    public SubscriptionView Subscription { get; private set; } = null!;

    public IReadOnlyList<DeliveryLogEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var subscription = await subscriptions.GetAsync(userId, id, cancellationToken);
        var entries = await subscriptions.DeliveriesAsync(userId, id, cancellationToken: cancellationToken);
        if (subscription is null || entries is null)
        {
            return NotFound();
        }

        Subscription = subscription;
        Entries = entries;
        return Page();
    }
}
