namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// One word of a sentence: its span in the text, its shape, the hash of its lower-case form (the
/// hash <see cref="Text.TextFold.WordHashes"/> gives it, so it finds the word in an
/// <see cref="EditionVocabulary"/> and in a <see cref="WordSet"/>) and the key a
/// <see cref="PhraseLexicon{T}"/> indexes phrases by. No string is cut per word: rules read the
/// text through <see cref="SentenceReading.Word"/>.
/// </summary>
internal readonly record struct Token(int Start, int End, ulong Hash, ulong Key, TokenShape Shape)
{
    public int Length => End - Start;
}
