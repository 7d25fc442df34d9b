using System.Collections.Concurrent;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Editions;
using KzDiff.Service.Comparisons;

namespace KzDiff.Web.Tests.Browser;

/// <summary>
/// The comparison engine of the sample store: hand-built comparisons (<see cref="SampleComparisons"/>)
/// for the pairs the page tests open, a failure for one pair, and the real engine for section
/// alignment (lineage) and any other pair.
/// </summary>
internal sealed class SampleEngine : IComparisonEngine
{
    public const string UnalignableReason = "the 2021 edition could not be aligned";

    private readonly CoreComparisonEngine real = new();

    public string Version => "browser-samples";

    /// <summary>Every pair the jobs asked to compare, in order.</summary>
    public ConcurrentQueue<(string Country, int From, int To)> Calls { get; } = new();

    public EditionComparison Compare(Edition older, Edition newer, FlagOptions flags)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var pair = (older.Metadata.CountryKey, older.Metadata.Year, newer.Metadata.Year);
        Calls.Enqueue(pair);
        return pair switch
        {
            ("freedonia", 2021, 2023) => throw new ComparisonInputException(UnalignableReason),
            ("freedonia", var from, var to) => SampleComparisons.Freedonia(from, to),
            ("hostilia", var from, var to) => SampleComparisons.Hostile(from, to),
            _ => real.Compare(older, newer, flags),
        };
    }

    public IReadOnlyList<SectionPairing> AlignSections(Edition older, Edition newer) => real.AlignSections(older, newer);
}
