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
        }, WarmUpRuns: 1);
        yield return new BenchCase("bad-pairs", "10 MB edition vs kazakhstan 2020", 3, () =>
        {
            var huge = ParseTenMegabytes(TenMegabyteText(corpus));
            var newer = CorpusEditions.Load(corpus, "state-gov/2020/kazakhstan.html");
            return () => EditionComparer.Compare(huge, newer);
        }, WarmUpRuns: 1);
        yield return new BenchCase("bad-pairs", "10 MB edition vs itself", 3, () =>
        {
            var huge = ParseTenMegabytes(TenMegabyteText(corpus));
            return () => EditionComparer.Compare(huge, huge);
        }, WarmUpRuns: 1);
        // Inputs that a quadratic step in the parser would turn into minutes: the unit tests check
        // that the work grows linearly, these say how long it takes.
        yield return new BenchCase("bad-pairs", "parse 20,000 headings of one title", 11, () =>
        {
            var text = RepeatedHeadings(20_000);
            return () => EditionParser.Parse(text, "veloria-2019.txt", EditionFormat.PlainText);
        });
        yield return new BenchCase("bad-pairs", "parse 400 KB of abbreviations, no sentence end", 11, () =>
        {
            var text = Encoding.UTF8.GetBytes("VELORIA 2019 HUMAN RIGHTS REPORT\n\nExecutive Summary\n\n" + string.Concat(Enumerable.Repeat("a.", 200_000)) + " The end.\n");
            return () => EditionParser.Parse(text, "veloria-2019.txt", EditionFormat.PlainText);
        });
        yield return new BenchCase("bad-pairs", "one 100 KB paragraph, two words changed", 11, () =>
        {
            var (older, newer) = (OneParagraph(2019, changed: false), OneParagraph(2020, changed: true));
            return () => EditionComparer.Compare(older, newer);
        });
    }

    private static byte[] RepeatedHeadings(int count)
    {
        var text = new StringBuilder("VELORIA 2019 HUMAN RIGHTS REPORT\n\nSection 1. Integrity\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("Women\n\nThe law prohibits discrimination.\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
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
