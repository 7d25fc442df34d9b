using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Rendering;

namespace KzDiff.Core.Review;

/// <summary>Every flag of a comparison, in document order, each with its review id.</summary>
public static class ComparisonFlags
{
    public static IReadOnlyList<FlaggedChange> Of(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var anchors = ComparisonAnchors.Assign(comparison);
        var country = comparison.New.CountryKey;
        var (from, to) = (comparison.Old.Year, comparison.New.Year);
        var result = new List<FlaggedChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var section = comparison.Sections[i];
            Add(section.Flags, section, null, anchors.Section(i));
            for (var j = 0; j < section.Sentences.Length; j++)
            {
                var sentence = section.Sentences[j];
                Add(sentence.Flags, section, sentence, anchors.Sentence(i, j) ?? anchors.Section(i));
            }
        }

        return result;

        void Add(System.Collections.Immutable.ImmutableArray<ChangeFlag> flags, SectionChange section, SentenceChange? sentence, string anchor)
        {
            var perKind = new Dictionary<FlagKind, int>();
            foreach (var flag in flags)
            {
                var occurrence = perKind.GetValueOrDefault(flag.Kind);
                perKind[flag.Kind] = occurrence + 1;
                var id = FlagIds.Of(country, from, to, section, sentence, flag.Kind, occurrence);
                // A split or merged section can list one pair twice; one flag is one review item.
                if (seen.Add(id))
                {
                    result.Add(new FlaggedChange(id, flag, section, sentence, anchor));
                }
            }
        }
    }
}
