namespace KzDiff.Core.Comparison.Flags;

/// <summary>A number that states a quantity (not a year, a day of the month, a reference or a currency conversion).</summary>
/// <param name="Token">Index of the number's token.</param>
/// <param name="ContextLast">Last token of up to three words after it in the same clause ("registered as missing"); <paramref name="Token"/> when none.</param>
/// <param name="Value">Canonical value for comparing ("3868", "5", "1.8"); null where only one side was read, which compares nothing.</param>
internal readonly record struct NumberMention(int Token, int ContextLast, string? Value)
{
    public bool HasContext => ContextLast > Token;
}
