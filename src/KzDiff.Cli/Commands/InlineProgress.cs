namespace KzDiff.Cli.Commands;

/// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
