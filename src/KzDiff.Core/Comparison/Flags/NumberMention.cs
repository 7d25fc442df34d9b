namespace KzDiff.Core.Comparison.Flags;

/// <summary>A number that states a quantity (not a year, a day of the month, a reference or a currency conversion).</summary>
/// <param name="Token">Index of the number's token.</param>
/// <param name="Value">Canonical value for comparing ("3868", "5", "1.8").</param>
/// <param name="Raw">As printed ("3,868", "five").</param>
/// <param name="Context">Up to three words after it in the same clause ("registered as missing"), or empty.</param>
internal sealed record NumberMention(int Token, string Value, string Raw, string Context);
