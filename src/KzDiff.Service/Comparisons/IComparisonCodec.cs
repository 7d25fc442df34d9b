using KzDiff.Core.Comparison;

namespace KzDiff.Service.Comparisons;

/// <summary>Writes and reads comparisons in the JSON contract of <c>kzdiff compare --format json</c>.</summary>
public interface IComparisonCodec
{
    string Write(EditionComparison comparison);

    EditionComparison Read(string json);
}
