namespace KzDiff.Service.Tests.Support;

/// <summary>
/// A fixture whose tests each use a fresh store of <see cref="StorageMode"/>: the deriving class opens it in
/// its own set-up (with what it imports or replaces), and it is closed here after every test.
/// </summary>
public abstract class StoreTests
{
    private protected TestStore Store { get; set; } = null!;

    [TearDown]
    public async Task CloseStoreAsync()
    {
        // Null when the set-up skipped the test (no PostgreSQL server) or failed before opening it.
        if (Store is { } opened)
        {
            Store = null!;
            await opened.DisposeAsync();
        }
    }
}
