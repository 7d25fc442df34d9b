using KzDiff.Core.Editions;

namespace KzDiff.Core.Comparison;

/// <summary>Entry point of the comparison engine: two parsed editions in, a comparison out.</summary>
public static class EditionComparer
{
    /// <summary>Bumped whenever the engine's output could change for the same input.</summary>
    public const string EngineVersion = "1";

    public static EditionComparison Compare(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        throw new NotSupportedException("the comparison engine is being implemented (work in progress)");
    }
}
