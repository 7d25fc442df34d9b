using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Corpus;

/// <summary>A new title an old one went on under, in how many reports, and which.</summary>
/// <param name="Title">The new title as one report printed it.</param>
/// <param name="Countries">Reports that went on under it.</param>
/// <param name="In">Their country keys, for links into each comparison.</param>
public sealed record CorpusRenameCount(string Title, int Countries, ImmutableArray<string> In);
