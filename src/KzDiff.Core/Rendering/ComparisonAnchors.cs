using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The <see cref="Anchors"/> of every section and changed sentence of one comparison, made unique
/// in document order. Assigned on the whole comparison, never on a filtered view, so the compare
/// page, the exports and the contract's key changes name a row with the same id.
/// </summary>
public sealed class ComparisonAnchors
{
    private readonly string[] _sections;
    private readonly string?[][] _sentences;

    private ComparisonAnchors(string[] sections, string?[][] sentences)
    {
        _sections = sections;
        _sentences = sentences;
    }

    public static ComparisonAnchors Assign(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var sections = new string[comparison.Sections.Length];
        var sentences = new string?[comparison.Sections.Length][];
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            sections[i] = Anchors.Unique(Anchors.ForSection(change), taken);
            sentences[i] = new string?[change.Sentences.Length];
            for (var j = 0; j < change.Sentences.Length; j++)
            {
                // Unchanged sentences have no row of their own to link to.
                if (change.Sentences[j].Status != SentenceStatus.Unchanged)
                {
                    sentences[i][j] = Anchors.Unique(Anchors.ForSentence(sections[i], change.Sentences[j]), taken);
                }
            }
        }

        return new ComparisonAnchors(sections, sentences);
    }

    /// <summary>The id of section <paramref name="sectionIndex"/> of the comparison.</summary>
    public string Section(int sectionIndex) => _sections[sectionIndex];

    /// <summary>The id of a changed sentence's row; null for an unchanged sentence.</summary>
    public string? Sentence(int sectionIndex, int sentenceIndex) => _sentences[sectionIndex][sentenceIndex];

    /// <summary>Every sentence id of section <paramref name="sectionIndex"/>, by row (null for unchanged rows).</summary>
    public IReadOnlyList<string?> Sentences(int sectionIndex) => _sentences[sectionIndex];

    /// <summary>Where a key change points: its sentence's row, or its section for a section-level flag.</summary>
    public string For(Comparison.Summaries.KeyChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.SentenceIndex is { } row && Sentence(change.SectionIndex, row) is { } id ? id : Section(change.SectionIndex);
    }
}
