using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Cli.Benchmarks;

/// <summary>Parses a real edition of the corpus for a benchmark's untimed set-up.</summary>
internal static class CorpusEditions
{
    /// <param name="corpus">The corpus folder (<c>../shared/editions</c>).</param>
    /// <param name="relative">A path inside it, e.g. "state-gov/2019/kazakhstan.html".</param>
    public static Edition Load(string corpus, string relative)
    {
        var path = Path.Combine(corpus, relative);
        return EditionParser.Parse(File.ReadAllBytes(path), path);
    }
}
