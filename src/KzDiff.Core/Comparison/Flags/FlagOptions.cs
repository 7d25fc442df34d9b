using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// What the flag rules look for. The service binds these from configuration and per request;
/// <see cref="Validate"/> is the one check both go through.
/// </summary>
public sealed record FlagOptions
{
    /// <summary>At most this many watched terms: each is a phrase scan of every changed sentence.</summary>
    public const int MaxWatchTerms = 100;

    /// <summary>A watched term longer than this is not a term.</summary>
    public const int MaxWatchTermLength = 60;

    /// <summary>The terms watched when none are configured.</summary>
    public static readonly ImmutableArray<string> DefaultWatchTerms =
    [
        "torture", "killed", "death in custody", "political prisoner", "journalist", "internet",
        "blocked", "censorship", "protest", "LGBTQI", "women", "refugee", "trafficking", "corruption",
    ];

    public static FlagOptions Default { get; } = new();

    /// <summary>False computes no flags (every Flags list empty) and a summary without flag counts.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Terms flagged when they appear in added, removed or changed text, matched case-blind on
    /// whole words, the last word as a stem ("protest" also finds "protesters").
    /// </summary>
    public IReadOnlyList<string> WatchTerms { get; init; } = DefaultWatchTerms;

    /// <summary>Throws <see cref="ArgumentException"/> with a message fit for a user when the options are unusable.</summary>
    public void Validate()
    {
        if (WatchTerms is null)
        {
            throw new ArgumentException("watch terms must be a list (possibly empty)", nameof(WatchTerms));
        }

        if (WatchTerms.Count > MaxWatchTerms)
        {
            throw new ArgumentException($"at most {MaxWatchTerms} watch terms are allowed, got {WatchTerms.Count}", nameof(WatchTerms));
        }

        foreach (var term in WatchTerms)
        {
            if (string.IsNullOrWhiteSpace(term) || term.Length > MaxWatchTermLength || !term.Any(char.IsLetterOrDigit))
            {
                throw new ArgumentException($"a watch term must be 1 to {MaxWatchTermLength} characters with at least one letter or digit: \"{term}\"", nameof(WatchTerms));
            }
        }
    }
}
