using KzDiff.Core.Parsing;

namespace KzDiff.Cli.Benchmarks;

/// <summary>Parsing cases: one state.gov page, the PDF text, and every page of the corpus in turn.</summary>
internal static class ParseBenchmarks
{
    public static IEnumerable<BenchCase> Create(string corpus)
    {
        var page = Path.Combine(corpus, "state-gov", "2019", "kazakhstan.html");
        var pdfText = Path.Combine(corpus, "pdf-text", "kazakhstan-2019.txt");

        // The whole corpus goes first: its warm-up drives the parser's code to its final JIT tier
        // on varied input, which repeated parsing of one page reaches only much later.
        yield return new BenchCase("parse", "parse every state.gov page, one thread", 3, () => ParseAll(Path.Combine(corpus, "state-gov")), WarmUpRuns: 1);
        yield return new BenchCase("parse", "parse one state.gov page (kazakhstan 2019)", 30, () => ParseOne(page));
        yield return new BenchCase("parse", "parse the PDF text (kazakhstan 2019)", 30, () => ParseOne(pdfText));
    }

    private static Action ParseOne(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        return () => EditionParser.Parse(bytes, name);
    }

    private static Action ParseAll(string folder)
    {
        var pages = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Bytes: File.ReadAllBytes(path), Name: Path.GetRelativePath(folder, path)))
            .ToList();
        if (pages.Count == 0)
        {
            throw new FileNotFoundException($"no .html pages under {folder}");
        }

        return () =>
        {
            foreach (var (bytes, name) in pages)
            {
                EditionParser.Parse(bytes, name);
            }
        };
    }
}
