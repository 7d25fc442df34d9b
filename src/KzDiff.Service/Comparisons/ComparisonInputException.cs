namespace KzDiff.Service.Comparisons;

/// <summary>A comparison that can never succeed (an edition is gone or unreadable): failed at once, not retried.</summary>
public sealed class ComparisonInputException : Exception
{
    public ComparisonInputException()
    {
    }

    public ComparisonInputException(string message)
        : base(message)
    {
    }

    public ComparisonInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
