namespace KzDiff.Core.Comparison.Flags;

/// <summary>One word of a sentence: its span in the text, its lower-case form and its shape.</summary>
internal readonly record struct Token(int Start, int End, string Lower, TokenShape Shape);
