using System.Collections.Concurrent;

namespace KzDiff.Service.Editions;

/// <summary>
/// One writer per country at a time in this process: revision numbers and lineage depend on what is
/// already stored for the same country (countries never affect each other, so they store in
/// parallel). Processes sharing a PostgreSQL database meet on the unique indexes instead.
/// </summary>
public sealed class CountryGates : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Holds the gates of every country given until the result is disposed. Taken in ordinal order,
    /// so two imports holding several countries each never wait for one another in a circle.
    /// </summary>
    public async Task<IDisposable> EnterAsync(IEnumerable<string> countries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var held = new List<SemaphoreSlim>();
        try
        {
            foreach (var country in countries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var gate = gates.GetOrAdd(country, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(cancellationToken);
                held.Add(gate);
            }
        }
        catch
        {
            Release(held);
            throw;
        }

        return new Held(held);
    }

    public void Dispose()
    {
        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }

    private static void Release(List<SemaphoreSlim> held)
    {
        for (var i = held.Count - 1; i >= 0; i--)
        {
            held[i].Release();
        }

        held.Clear();
    }

    private sealed class Held(List<SemaphoreSlim> held) : IDisposable
    {
        public void Dispose() => Release(held);
    }
}
