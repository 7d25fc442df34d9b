namespace KzDiff.Cli.Commands;

/// <summary>A one-line progress bar redrawn in place on a terminal; silent when output is redirected.</summary>
internal sealed class ProgressBar(TextWriter output, bool interactive) : IDisposable
{
    private const int Width = 30;
    private bool drawn;

    public void Show(int done, int total, string current)
    {
        if (!interactive || total <= 0)
        {
            return;
        }

        var filled = (int)((long)Width * done / total);
        var label = current.Length > 40 ? current[..40] : current;
        output.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} {label,-40}");
        output.Flush();
        drawn = true;
    }

    public void Dispose()
    {
        if (drawn)
        {
            output.WriteLine();
        }
    }
}
