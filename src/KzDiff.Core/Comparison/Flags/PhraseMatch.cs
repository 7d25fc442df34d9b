namespace KzDiff.Core.Comparison.Flags;

/// <summary>Where a phrase of a <see cref="PhraseLexicon{T}"/> was found: its first token, its length in tokens, and the phrase's value.</summary>
internal readonly record struct PhraseMatch<T>(int First, int Count, T Value)
{
    public int Last => First + Count - 1;
}
