using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using static KzDiff.Core.Tests.Comparison.TestTrees;

namespace KzDiff.Core.Tests.Comparison.Flags;

/// <summary>Runs the whole engine on one-section editions built around real report sentences and returns the changed row.</summary>
internal static class FlagProbe
{
    /// <summary>A sentence both editions share, so a section pair stands even when the probed sentence is added or removed.</summary>
    private const string Shared = "The constitution provides for freedom of speech and of the press.";

    public static SentenceChange Modified(string before, string after, FlagOptions? options = null)
    {
        var row = Changed([Shared, before], [Shared, after], options);
        Assert.That(row.Status, Is.EqualTo(SentenceStatus.Modified), "the probe expects the two sentences to be aligned as one modified row");
        return row;
    }

    public static SentenceChange Added(string sentence, string[]? olderSection = null) => Changed(olderSection ?? [Shared], [.. olderSection ?? [Shared], sentence], null);

    public static SentenceChange Removed(string sentence, string[]? newerSection = null) => Changed([.. newerSection ?? [Shared], sentence], newerSection ?? [Shared], null);

    public static EditionComparison Compare(string[] before, string[] after, FlagOptions? options = null) =>
        EditionComparer.Compare(
            Edition(2019, Node("2.a", "a. Freedom of Expression", before)),
            Edition(2020, Node("2.a", "a. Freedom of Expression", after)),
            options);

    public static IEnumerable<FlagKind> Kinds(this SentenceChange row) => row.Flags.Select(f => f.Kind);

    public static ChangeFlag Flag(this SentenceChange row, FlagKind kind) => row.Flags.Single(f => f.Kind == kind);

    private static SentenceChange Changed(string[] before, string[] after, FlagOptions? options) =>
        Compare(before, after, options).Sections.SelectMany(s => s.Sentences).Single(r => r.Status != SentenceStatus.Unchanged);
}
