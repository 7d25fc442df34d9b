using System.Collections.Immutable;
using KzDiff.Core.Comparison.Corpus;

namespace KzDiff.Service.Corpus;

/// <summary>The corpus view of two years: what <c>GET /api/corpus/{from}..{to}</c> sends and what is stored.</summary>
/// <param name="From">The older year.</param>
/// <param name="To">The newer year.</param>
/// <param name="Countries">Stored countries with editions for both years.</param>
/// <param name="Version">Engine version and the fingerprint of the editions it was computed from.</param>
/// <param name="ComputedAt">When the job computed it (UTC).</param>
/// <param name="Items">Each template title: in how many reports it vanished, appeared or went on under another title; most vanished first.</param>
/// <param name="TemplateRenames">The renames most reports made, followed in how many of the reports carrying both titles.</param>
/// <param name="TemplateEdits">Sentence edits many reports made alike, most made first.</param>
public sealed record CorpusTableDocument(
    int From,
    int To,
    int Countries,
    string Version,
    DateTime ComputedAt,
    ImmutableArray<CorpusTableItem> Items,
    ImmutableArray<CorpusTemplateRename> TemplateRenames,
    ImmutableArray<CorpusTemplateEdit> TemplateEdits);
