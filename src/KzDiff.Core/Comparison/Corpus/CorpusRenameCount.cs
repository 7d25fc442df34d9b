namespace KzDiff.Core.Comparison.Corpus;

/// <summary>A new title an old one went on under, in how many reports.</summary>
public sealed record CorpusRenameCount(string Title, int Countries);
