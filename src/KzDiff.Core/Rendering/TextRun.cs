namespace KzDiff.Core.Rendering;

/// <summary>A piece of a <see cref="ComparisonText"/> line and what it shows.</summary>
public readonly record struct TextRun(string Text, TextTone Tone);
