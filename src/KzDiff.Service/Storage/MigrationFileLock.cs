namespace KzDiff.Service.Storage;

/// <summary>
/// Lets one process at a time bring an embedded SQLite store to the current schema. SQLite has no
/// lock that spans the baseline step and EF's migrations, and two processes (the web service and a
/// <c>kzdiff import</c>) may start together. An exclusive open of a file beside the store is such a
/// lock; the operating system releases it when the process dies, so a crash never leaves it held.
/// </summary>
internal sealed class MigrationFileLock : IDisposable
{
    private readonly FileStream stream;

    private MigrationFileLock(FileStream stream) => this.stream = stream;

    public static async Task<MigrationFileLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new MigrationFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another process holds it: it is creating or upgrading the same store.
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
