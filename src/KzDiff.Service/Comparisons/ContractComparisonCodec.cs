using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Service.Comparisons;

/// <summary>The documented JSON contract of <c>kzdiff compare --format json</c>, so the API and the CLI agree byte for byte.</summary>
public sealed class ContractComparisonCodec : IComparisonCodec
{
    public string Write(EditionComparison comparison) => ComparisonJson.Write(comparison);

    public EditionComparison Read(string json) => ComparisonJson.Read(json);
}
