using KzDiff.Service.Subscriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KzDiff.Web.Pages.Subscriptions;

/// <summary>
/// The e-mail's unsubscribe link. Opening it only asks (mail scanners open links); the button
/// posts. The link's signature, made with the subscription's secret, is the credential.
/// </summary>
public sealed class UnsubscribeModel(SubscriptionService subscriptions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sig { get; set; }

    public SubscriptionView? Subscription { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Subscription = await subscriptions.FindForUnsubscribeAsync(Id, Sig, cancellationToken);
        return Subscription is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await subscriptions.UnsubscribeAsync(Id, Sig, cancellationToken))
        {
            return NotFound();
        }

        Done = true;
        return Page();
    }
}
