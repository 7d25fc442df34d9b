using System.Globalization;
using System.Text;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>Prints a comparison's section alignment as one line per pair, for test output and the report.</summary>
internal static class AlignmentTable
{
    public static string Format(EditionComparison comparison)
    {
        var text = new StringBuilder();
        foreach (var section in comparison.Sections)
        {
            var flags = string.Join(',', new[]
            {
                section.Renamed ? "renamed" : null,
                section.Moved ? "moved" : null,
                section.Split ? "split" : null,
                section.Merged ? "merged" : null,
            }.Where(f => f is not null));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{section.Status,-9} {Describe(section.Old),-70} -> {Describe(section.New),-70} [{flags}] sim={section.Similarity:F2} conf={section.Confidence:F2} ({string.Join("; ", section.Evidence)})"));
        }

        return text.ToString();
    }

    private static string Describe(SectionReference? reference)
    {
        if (reference is null)
        {
            return "-";
        }

        var title = reference.Title.Length > 40 ? reference.Title[..40] + "..." : reference.Title;
        return reference.Path + " \"" + title + "\"";
    }
}
