namespace KzDiff.Service.Subscriptions;

/// <summary>A webhook target that may not be called (a private address, a name resolving to one); retrying does not help.</summary>
public sealed class WebhookRefusedException : Exception
{
    public WebhookRefusedException()
    {
    }

    public WebhookRefusedException(string message)
        : base(message)
    {
    }

    public WebhookRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
