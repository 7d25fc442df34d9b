using System.Collections.Immutable;

namespace KzDiff.Core.Comparison.Corpus;

/// <summary>One section title of the template across every report of two years.</summary>
/// <param name="Title">The title as one report printed it.</param>
/// <param name="Vanished">Reports whose old edition has the section and whose new edition has no counterpart.</param>
/// <param name="Appeared">Reports whose new edition has the section with no old counterpart.</param>
/// <param name="RenamedTo">The new titles it went on under, with how many reports each.</param>
/// <param name="Countries">Reports whose old edition has the section.</param>
/// <param name="VanishedIn">Country keys of the reports it vanished from.</param>
/// <param name="AppearedIn">Country keys of the reports it appeared in.</param>
public sealed record CorpusTableItem(
    string Title,
    int Vanished,
    int Appeared,
    ImmutableArray<CorpusRenameCount> RenamedTo,
    int Countries,
    ImmutableArray<string> VanishedIn,
    ImmutableArray<string> AppearedIn);
