namespace KzDiff.Cli.Commands;

/// <summary>A failure a command reports as one line on stderr with a non-zero exit code, never a stack trace.</summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
