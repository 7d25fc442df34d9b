using System.Globalization;
using System.Text;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// Pairs a careless or hostile user can submit; each must finish in seconds. The 10 MB edition
/// is plain text built from Kazakhstan 2019 repeated with every sentence tagged by its copy, so
/// parsing and comparing both face 10 MB of distinct sentences.
/// </summary>
internal static class BadPairBenchmarks
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    public static IEnumerable<BenchCase> Create(string corpus)
    {
        yield return new BenchCase("bad-pairs", "10 MB edition: parse", 3, () =>
        {
            var text = TenMegabyteText(corpus);
            return () => ParseTenMegabytes(text);
        }, MinWarmUpRuns: 1);
        yield return new BenchCase("bad-pairs", "10 MB edition vs kazakhstan 2020", 3, () =>
        {
            var huge = ParseTenMegabytes(TenMegabyteText(corpus));
            var newer = CorpusEditions.Load(corpus, "state-gov/2020/kazakhstan.html");
            return () => EditionComparer.Compare(huge, newer);
        }, MinWarmUpRuns: 1);
        yield return new BenchCase("bad-pairs", "10 MB edition vs itself", 3, () =>
        {
            var huge = ParseTenMegabytes(TenMegabyteText(corpus));
            return () => EditionComparer.Compare(huge, huge);
        }, MinWarmUpRuns: 1);
        yield return new BenchCase("bad-pairs", "one 100 KB paragraph, two words changed", 11, () =>
        {
            var (older, newer) = (OneParagraph(2019, changed: false), OneParagraph(2020, changed: true));
            return () => EditionComparer.Compare(older, newer);
        });
    }

    private static byte[] TenMegabyteText(string corpus) =>
        Inflate(CorpusEditions.Load(corpus, "state-gov/2019/kazakhstan.html"), TenMegabytes);

    private static Edition ParseTenMegabytes(byte[] text) =>
        EditionParser.Parse(text, "kazakhstan-2019.txt", EditionFormat.PlainText);

    private static byte[] Inflate(Edition source, int targetBytes)
    {
        var text = new StringBuilder(targetBytes + (1 << 20));
        text.Append("KAZAKHSTAN 2019 HUMAN RIGHTS REPORT\n\n");
        for (var copy = 0; text.Length < targetBytes; copy++)
        {
            var suffix = copy == 0 ? string.Empty : " (copy " + copy.ToString(CultureInfo.InvariantCulture) + ")";
            foreach (var node in source.Root.Children.SelectMany(c => c.DescendantsAndSelf()))
            {
                text.Append(node.Level == SectionLevel.Section ? "Section " + node.Number + ". " : string.Empty)
                    .Append(node.Title).Append("\n\n");
                foreach (var paragraph in node.Paragraphs)
                {
                    text.AppendJoin(' ', paragraph.Sentences.Select(s => Tag(s, suffix))).Append("\n\n");
                }
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // The tag goes before the closing punctuation so the sentence splitter still sees each end.
    private static string Tag(string sentence, string suffix)
    {
        var end = sentence.Length;
        while (end > 0 && (char.IsPunctuation(sentence[end - 1]) || char.IsWhiteSpace(sentence[end - 1])))
        {
            end--;
        }

        return string.Concat(sentence.AsSpan(0, end), suffix, sentence.AsSpan(end));
    }

    private static Edition OneParagraph(int year, bool changed)
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 20_000).Select(_ => "w" + random.Next(5000).ToString(CultureInfo.InvariantCulture)).ToArray();
        if (changed)
        {
            words[8000] = "changed";
            words[12000] = "altered";
        }

        var text = $"VELORIA {year} HUMAN RIGHTS REPORT\n\nExecutive Summary\n\n{string.Join(' ', words)}.\n";
        return EditionParser.Parse(Encoding.UTF8.GetBytes(text), $"veloria-{year}.txt", EditionFormat.PlainText);
    }
}
