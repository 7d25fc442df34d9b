namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// One word of a sentence: its span in the text, the word lists whose words start the way it
/// does, its shape, and whether it holds an ASCII digit. No string is cut per word: rules read the text through
/// <see cref="SentenceReading.Word"/>. Twelve bytes, in this field order: a kept reading holds a
/// token per word, so its lexicon key is not stored but cut again from the word
/// (<see cref="SentenceReading.KeyAt"/>) by the few rules that look a word up.
/// </summary>
internal readonly record struct Token(int Start, int End, WordClass Classes, TokenShape Shape, bool HasDigit)
{
    public int Length => End - Start;
}
