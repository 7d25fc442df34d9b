using System.Collections.Immutable;

namespace KzDiff.Service.Corpus;

/// <summary>A rename the template made, and how the stored comparisons followed it.</summary>
/// <param name="OldTitle">The title of the older year.</param>
/// <param name="NewTitle">The title of the newer year.</param>
/// <param name="Followed">Reports whose comparison pairs the two titles.</param>
/// <param name="Carriers">Reports whose two editions carry both titles (the old one gone from the new edition, the new one not in the old).</param>
/// <param name="Differing">Carriers whose comparison does not pair them: the countries that differ from the template.</param>
public sealed record CorpusTemplateRename(string OldTitle, string NewTitle, int Followed, int Carriers, ImmutableArray<string> Differing);
