namespace KzDiff.Service.Trends;

/// <summary>A trends request that cannot be answered as asked; <see cref="Field"/> names the parameter to change.</summary>
public sealed class TrendQueryException : Exception
{
    public TrendQueryException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public TrendQueryException()
        : this("request", "the trends request is not valid")
    {
    }

    public TrendQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "request";
    }

    public string Field { get; } = "request";
}
