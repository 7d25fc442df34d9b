using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Service.Configuration;

/// <summary>
/// The "KzDiff:Flags" section: what the significance flags look for. Unset watch terms mean
/// Core's defaults (<see cref="FlagOptions.DefaultWatchTerms"/>), the list appsettings.json spells out.
/// </summary>
public sealed class FlagSettings
{
    /// <summary>Terms flagged in added, removed or changed text; a request may send its own instead.</summary>
    [WatchTerms]
    public string[]? WatchTerms { get; set; }

    /// <summary>The configured terms, or Core's defaults when none are configured.</summary>
    public IReadOnlyList<string> EffectiveWatchTerms => WatchTerms is { Length: > 0 } terms ? terms : FlagOptions.DefaultWatchTerms;
}
