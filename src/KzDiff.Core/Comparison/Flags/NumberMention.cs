namespace KzDiff.Core.Comparison.Flags;

/// <summary>A number that states a quantity (not a year, a day of the month, a reference or a currency conversion).</summary>
/// <param name="Token">Index of the number's token.</param>
/// <param name="Last">Last token of the number: <paramref name="Token"/>, or its scale word ("1.06 million").</param>
/// <param name="ContextLast">Last token of up to three words after the number in the same clause ("registered as missing"); <paramref name="Last"/> when none.</param>
/// <param name="Value">Canonical value for comparing ("3868", "5", "1.8", "1060000" for "1.06 million").</param>
/// <param name="CountsPeople">A word of the context names people or events ("25 persons", "three reported killings"): the sentence alone decides it, so it is read with the number.</param>
internal readonly record struct NumberMention(int Token, int Last, int ContextLast, string Value, bool CountsPeople = false)
{
    public bool HasContext => ContextLast > Last;
}
