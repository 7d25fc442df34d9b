namespace KzDiff.Core.Parsing;

/// <summary>
/// The input is not an edition KzDiff can read. The message is one line a user can act on
/// ("the file is empty", "no report body found: this page is not a Country Report").
/// </summary>
public sealed class EditionParseException : Exception
{
    public EditionParseException()
    {
    }

    public EditionParseException(string message)
        : base(message)
    {
    }

    public EditionParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
