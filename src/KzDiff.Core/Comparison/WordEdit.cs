namespace KzDiff.Core.Comparison;

/// <summary>A run of words that is equal in both sentences, inserted in the new one or deleted from the old one.</summary>
public sealed record WordEdit(WordOperation Operation, string Text);
