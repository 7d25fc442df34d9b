using KzDiff.Core.Editions;

namespace KzDiff.Service.Lineage;

/// <summary>Pairs the sections of two editions of one country: each pair is (older path, newer path), best first.</summary>
public interface ISectionAligner
{
    IReadOnlyList<(string OlderPath, string NewerPath)> Align(Edition older, Edition newer);
}
