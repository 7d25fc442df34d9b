namespace KzDiff.Core.Rendering;

/// <summary>
/// A <see cref="TextRun"/> of <see cref="ComparisonText"/> still in its parts: a marker around a
/// sentence or a word ("  " and the sentence, "[-" the word "-]"). Writing text out writes the
/// parts one after the other; only <see cref="ComparisonText.Lines"/>, whose runs a front end
/// colours, joins them into one string, so plain output copies no sentence into a new string.
/// </summary>
internal readonly record struct TextPiece(string Lead, string Text, string Tail, TextTone Tone)
{
    public TextPiece(string text, TextTone tone)
        : this(string.Empty, text, string.Empty, tone)
    {
    }

    public TextRun ToRun() => new(string.Concat(Lead, Text, Tail), Tone);

    public void WriteTo(TextWriter writer)
    {
        writer.Write(Lead);
        writer.Write(Text);
        writer.Write(Tail);
    }
}
