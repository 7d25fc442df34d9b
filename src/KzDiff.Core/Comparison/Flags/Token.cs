namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// One word of a sentence: its span in the text, its shape, the key a <see cref="PhraseLexicon{T}"/>
/// or <see cref="WordSet{T}"/> finds it by (its first three characters, lower case) and the word
/// lists whose words start that way, and whether it holds an ASCII digit. No string is cut per word: rules read the text through
/// <see cref="SentenceReading.Word"/>.
/// </summary>
internal readonly record struct Token(int Start, int End, ulong Key, TokenShape Shape, WordClass Classes, bool HasDigit)
{
    public int Length => End - Start;
}
