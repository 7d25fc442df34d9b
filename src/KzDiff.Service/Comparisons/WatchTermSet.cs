using System.Security.Cryptography;
using System.Text;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// A set of watched terms as part of a stored comparison's identity. Terms are matched
/// case-blind, so the set is normalised (trimmed, lower-cased for comparison, de-duplicated,
/// sorted): "Torture, women" and "women,torture" are one comparison.
/// </summary>
public sealed class WatchTermSet
{
    /// <summary>Separates terms in the stored column; a term never holds a line break.</summary>
    private const char Separator = '\n';

    private static readonly string DefaultStored = Of(FlagOptions.DefaultWatchTerms).Stored;

    private WatchTermSet(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>The terms, in their normalised order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The form stored in <c>ComparisonRecord.WatchTerms</c>.</summary>
    public string Stored => string.Join(Separator, Terms);

    /// <summary>Whether these are Core's default terms (so the key is the bare engine version).</summary>
    public bool IsDefault => Stored == DefaultStored;

    /// <exception cref="ArgumentException">The terms break <see cref="FlagOptions.Validate"/> (too many, too long, empty, a line break).</exception>
    public static WatchTermSet Of(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Any(term => term is not null && term.Contains(Separator, StringComparison.Ordinal)))
        {
            throw new ArgumentException("a watch term cannot contain a line break", nameof(terms));
        }

        new FlagOptions { WatchTerms = terms }.Validate();
        var normalised = terms
            .Select(term => string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .DistinctBy(term => term.ToUpperInvariant())
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new WatchTermSet(normalised);
    }

    /// <summary>Reads the stored column; null (a comparison stored before terms were recorded) is the default set.</summary>
    public static WatchTermSet FromStored(string? stored) =>
        stored is null ? Of(FlagOptions.DefaultWatchTerms) : new WatchTermSet(stored.Length == 0 ? [] : stored.Split(Separator));

    /// <summary>
    /// The stored comparison's key next to the pair: the engine version alone for the default
    /// terms, else "4+t" and 10 hex digits of the set's SHA-256, so other terms compute their own comparison.
    /// </summary>
    public string KeyFor(string engineVersion)
    {
        ArgumentNullException.ThrowIfNull(engineVersion);
        if (IsDefault)
        {
            return engineVersion;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Stored.ToUpperInvariant()));
        return engineVersion + "+t" + Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }

    /// <summary>The message of a refusal from <see cref="Of"/>, for a reader: without the " (Parameter 'WatchTerms')" tail.</summary>
    public static string Problem(ArgumentException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var at = error.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? error.Message : error.Message[..at];
    }

    public FlagOptions ToFlagOptions() => new() { WatchTerms = Terms };
}
