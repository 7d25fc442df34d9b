namespace KzDiff.Service.Storage;

/// <summary>
/// The store cannot be opened or brought to this build's schema; the message names the store and
/// what to do. Start-up stops on it, and the store is left as it was.
/// </summary>
public sealed class StoreInitializationException : InvalidOperationException
{
    public StoreInitializationException()
    {
    }

    public StoreInitializationException(string message)
        : base(message)
    {
    }

    public StoreInitializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
