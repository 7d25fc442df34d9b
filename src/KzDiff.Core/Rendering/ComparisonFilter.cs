using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>Applies <see cref="RenderOptions"/> to a comparison; statistics stay those of the whole comparison.</summary>
public static class ComparisonFilter
{
    public static EditionComparison Apply(EditionComparison comparison, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.ChangesOnly && string.IsNullOrWhiteSpace(options.Section))
        {
            return comparison;
        }

        var sections = ImmutableArray.CreateBuilder<SectionChange>();
        foreach (var section in comparison.Sections)
        {
            if (!string.IsNullOrWhiteSpace(options.Section) && !Matches(section, options.Section.Trim()))
            {
                continue;
            }

            if (!options.ChangesOnly)
            {
                sections.Add(section);
                continue;
            }

            var rows = section.Sentences.Where(IsChange).ToImmutableArray();
            var structural = section.Status != SectionStatus.Unchanged || section.Renamed || section.Moved || section.Split || section.Merged;
            if (structural || rows.Length > 0)
            {
                sections.Add(section with { Sentences = rows });
            }
        }

        return comparison with { Sections = sections.ToImmutable() };
    }

    /// <summary>
    /// The sections of <paramref name="view"/> as the compare page lists them: in the new edition's
    /// outline, each removed section among its old neighbours. For the exports a person reads (HTML,
    /// Markdown, text); the JSON keeps the engine's pair order, the order the anchors are assigned in
    /// (a pair's anchor, made unique in that order, must read the same from a stored JSON).
    /// </summary>
    public static EditionComparison InReadingOrder(EditionComparison view, ImmutableArray<string> newOutline)
    {
        ArgumentNullException.ThrowIfNull(view);
        var order = ReadingOrder.Of(view, newOutline);
        return view with { Sections = [.. order.SelectMany(entry => entry.Pairs).Select(i => view.Sections[i])] };
    }

    /// <summary>A row a reader needs to see: not unchanged, not formatting only.</summary>
    public static bool IsChange(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status != SentenceStatus.Unchanged && row.Kind != ChangeKind.Formatting;
    }

    private static bool Matches(SectionChange section, string filter)
    {
        return Matches(section.Old, filter) || Matches(section.New, filter);
    }

    private static bool Matches(SectionReference? reference, string filter)
    {
        if (reference is null)
        {
            return false;
        }

        return reference.Path.StartsWith(filter, StringComparison.OrdinalIgnoreCase)
            || reference.Title.Contains(filter, StringComparison.OrdinalIgnoreCase);
    }
}
