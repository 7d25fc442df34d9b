using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KzDiff.Core.Comparison.Alignment;
using KzDiff.Core.Comparison.Corpus;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Comparison.Sentences;
using KzDiff.Core.Comparison.Summaries;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison;

/// <summary>Entry point of the comparison engine: two parsed editions in, a comparison out.</summary>
public static class EditionComparer
{
    /// <summary>Bumped whenever the engine's output could change for the same input (5: move ids, adjacent moves folded into one row).</summary>
    public const string EngineVersion = "5";

    /// <summary>
    /// Hashes and shingles of a parsed tree, computed once per tree: trees are immutable and an
    /// edition is usually compared with both its neighbours. Entries go when the tree is collected.
    /// </summary>
    private static readonly ConditionalWeakTable<SectionNode, EditionProfile> Profiles = new();

    private static readonly FlagOptions NoFlags = new() { Enabled = false };

    /// <summary>The engine version of a comparison made with <paramref name="corpus"/>: evidence can change the output.</summary>
    public static string VersionWith(CorpusEvidence? corpus) =>
        corpus is null || corpus.Reports == 0 ? EngineVersion : $"{EngineVersion}+corpus.{corpus.Version}";

    /// <summary>Compares two editions: sections aligned, sentences diffed, changes classified and flagged, a summary written.</summary>
    /// <param name="older">The older edition.</param>
    /// <param name="newer">The newer edition.</param>
    /// <param name="flags">What the flag rules look for; <see cref="FlagOptions.Default"/> when null.</param>
    /// <param name="corpus">What the other reports of the same two years say (template renames and edits); null to compare alone.</param>
    /// <exception cref="ArgumentException"><paramref name="flags"/> fails <see cref="FlagOptions.Validate"/>.</exception>
    public static EditionComparison Compare(Edition older, Edition newer, FlagOptions? flags = null, CorpusEvidence? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        flags ??= FlagOptions.Default;
        flags.Validate();
        return Compare(older, newer, flags, corpus, summarise: true);
    }

    /// <summary>
    /// The engine alone: sections aligned, sentences diffed and classified, no flags and no
    /// summary (<see cref="ComparisonSummary.Empty"/>). What <c>kzdiff bench</c> measures the cost
    /// of flags and summary against; callers want <see cref="Compare(Edition, Edition, FlagOptions?, CorpusEvidence?)"/>.
    /// </summary>
    internal static EditionComparison CompareWithoutFlagsOrSummary(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Compare(older, newer, NoFlags, corpus: null, summarise: false);
    }

    private static EditionComparison Compare(Edition older, Edition newer, FlagOptions flags, CorpusEvidence? corpus, bool summarise)
    {
        var oldProfile = Profiles.GetValue(older.Root, EditionProfile.Build);
        var newProfile = Profiles.GetValue(newer.Root, EditionProfile.Build);
        var alignment = SectionAligner.Align(oldProfile, newProfile, corpus);
        var matcher = new SentenceMatcher(oldProfile, newProfile);
        matcher.Run(alignment.Pairs);
        var rows = new RowBuilder(oldProfile, newProfile, matcher.OldLinks, matcher.NewLinks);

        var flagger = flags.Enabled
            ? new RowFlagger(flags, oldProfile, newProfile, newer.Metadata.Year)
            : null;
        var ordered = InDocumentOrder(alignment, oldProfile);
        var sections = ImmutableArray.CreateBuilder<SectionChange>(ordered.Count);
        foreach (var pair in ordered)
        {
            var sentences = rows.Build(pair);
            if (pair.OldNode == 0 && sentences.Length == 0)
            {
                continue;
            }

            var section = ToSectionChange(pair, oldProfile, newProfile, MarkTemplateEdits(sentences, corpus));
            if (flagger is not null)
            {
                // Most sections keep their rows and carry no flag of their own: no copy for them.
                var flagged = flagger.Flag(section.Old, section.New, section.Sentences);
                var sectionFlags = SectionFlagger.Flags(section);
                if (flagged != section.Sentences || !sectionFlags.IsEmpty)
                {
                    section = section with { Sentences = flagged, Flags = sectionFlags };
                }
            }

            sections.Add(section);
        }

        var result = sections.ToImmutable();
        var changedWords = new int[result.Length];
        var statistics = StatisticsCounter.Count(result, changedWords);
        var summary = summarise ? SummaryWriter.Write(older, newer, result, changedWords, flagger?.Tally) : ComparisonSummary.Empty;
        return new EditionComparison(older.Metadata, newer.Metadata, VersionWith(corpus), statistics, result, summary);
    }

    /// <summary>
    /// The section alignment alone (pairs with both sides, in the order <see cref="Compare"/> lists
    /// them), without aligning sentences: what section lineage needs, at about half the cost.
    /// </summary>
    public static ImmutableArray<SectionPairing> AlignSections(Edition older, Edition newer, CorpusEvidence? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldProfile = Profiles.GetValue(older.Root, EditionProfile.Build);
        var newProfile = Profiles.GetValue(newer.Root, EditionProfile.Build);
        var alignment = SectionAligner.Align(oldProfile, newProfile, corpus);
        var pairings = ImmutableArray.CreateBuilder<SectionPairing>(alignment.Pairs.Count);
        foreach (var pair in InDocumentOrder(alignment, oldProfile))
        {
            // Node 0 is the document root: a pair of roots says nothing about sections.
            if (pair.OldNode > 0 && pair.NewNode >= 0)
            {
                pairings.Add(new SectionPairing(
                    Reference(oldProfile.Nodes[pair.OldNode]), Reference(newProfile.Nodes[pair.NewNode]), pair.Similarity, pair.Confidence));
            }
        }

        return pairings.ToImmutable();
    }

    private static List<NodePair> InDocumentOrder(SectionAlignment alignment, EditionProfile oldProfile)
    {
        var ordered = new List<(int Major, int Minor, NodePair Pair)>(alignment.Pairs.Count);
        foreach (var pair in alignment.Pairs)
        {
            ordered.Add(SortKey(pair, oldProfile, alignment));
        }

        ordered.Sort(static (a, b) => a.Major != b.Major ? a.Major.CompareTo(b.Major) : a.Minor.CompareTo(b.Minor));
        return ordered.ConvertAll(static entry => entry.Pair);
    }

    /// <summary>Old document order; an added section goes after the old subtree of the nearest earlier new section that has a counterpart.</summary>
    private static (int Major, int Minor, NodePair Pair) SortKey(NodePair pair, EditionProfile old, SectionAlignment alignment)
    {
        if (pair.OldNode >= 0)
        {
            return (pair.OldNode, pair.NewNode + 1, pair);
        }

        for (var n = pair.NewNode - 1; n >= 0; n--)
        {
            var o = alignment.NewToOld[n];
            if (o >= 0)
            {
                return (old.Nodes[o].SubtreeEnd - 1, alignment.NewToOld.Length + pair.NewNode, pair);
            }
        }

        return (0, alignment.NewToOld.Length + pair.NewNode, pair);
    }

    private static SectionChange ToSectionChange(NodePair pair, EditionProfile old, EditionProfile @new, ImmutableArray<SentenceChange> sentences)
    {
        var oldRef = pair.OldNode >= 0 ? Reference(old.Nodes[pair.OldNode]) : null;
        var newRef = pair.NewNode >= 0 ? Reference(@new.Nodes[pair.NewNode]) : null;
        SectionStatus status;
        if (oldRef is null)
        {
            status = SectionStatus.Added;
        }
        else if (newRef is null)
        {
            status = SectionStatus.Removed;
        }
        else
        {
            status = pair.Renamed || HasCountedChange(sentences) ? SectionStatus.Modified : SectionStatus.Unchanged;
        }

        return new SectionChange(
            status, pair.Renamed, pair.Moved, pair.Split, pair.Merged, oldRef, newRef,
            pair.Similarity, pair.Confidence, [.. pair.Evidence], sentences);
    }

    /// <summary>Marks the edits many other reports of the same years made word for word.</summary>
    private static ImmutableArray<SentenceChange> MarkTemplateEdits(ImmutableArray<SentenceChange> sentences, CorpusEvidence? corpus)
    {
        if (corpus is null || corpus.Reports == 0)
        {
            return sentences;
        }

        ImmutableArray<SentenceChange>.Builder? marked = null;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (corpus.TemplateEditReports(sentences[i]) is { } reports)
            {
                marked ??= sentences.ToBuilder();
                marked[i] = sentences[i] with { Template = new TemplateEdit(reports) };
            }
        }

        return marked?.ToImmutable() ?? sentences;
    }

    private static bool HasCountedChange(ImmutableArray<SentenceChange> sentences)
    {
        foreach (var row in sentences)
        {
            if (row.Status != SentenceStatus.Unchanged && row.Kind != ChangeKind.Formatting)
            {
                return true;
            }
        }

        return false;
    }

    private static SectionReference Reference(NodeProfile node) => new(node.Node.Path, node.Node.Title);
}
