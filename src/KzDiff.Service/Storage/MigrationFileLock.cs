namespace KzDiff.Service.Storage;

/// <summary>
/// Lets one process at a time bring an embedded SQLite store to the current schema. SQLite has no
/// lock that spans the baseline step and EF's migrations, and two processes (the web service and a
/// <c>kzdiff import</c>) may start together. An exclusive open of a file beside the store is such a
/// lock; the operating system releases it when the process dies, so a crash never leaves it held.
/// </summary>
internal sealed class MigrationFileLock : IDisposable
{
    // EWOULDBLOCK from flock on Linux and macOS; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.
    private static readonly int[] HeldElsewhere = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

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
            catch (IOException ex) when (IsHeldElsewhere(ex) && DateTime.UtcNow < deadline)
            {
                // Another process holds it: it is creating or upgrading the same store. Any other error (a
                // read-only file system, a full disk) would not go away by waiting, and is thrown at once.
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>The lock file is open in another process, as opposed to a file that cannot be created or written.</summary>
    public static bool IsHeldElsewhere(IOException exception) => HeldElsewhere.Contains(exception.HResult);

    public void Dispose() => stream.Dispose();
}
