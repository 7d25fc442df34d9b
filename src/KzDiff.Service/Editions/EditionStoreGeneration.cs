namespace KzDiff.Service.Editions;

/// <summary>
/// Counts the edition imports this process made, so that what is computed from the set of stored
/// editions (the corpus pairs behind every comparison's version) can be kept until the next import
/// instead of being read again on every request.
/// </summary>
public sealed class EditionStoreGeneration
{
    private long _current;

    /// <summary>Changes after every stored edition.</summary>
    public long Current => Interlocked.Read(ref _current);

    /// <summary>Called once an edition is stored.</summary>
    public void Advance() => Interlocked.Increment(ref _current);
}
