using System.Collections.Immutable;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Pdf;

namespace KzDiff.Core.Tests.Parsing.Pdf;

public sealed class PdfLayoutReaderTests
{
    private static readonly byte[] Bytes = "%PDF-1.7 fictional"u8.ToArray();

    [Test]
    public void ParseLayout_DropsRunningHeadersAndFooters_WhenStateLayout()
    {
        var pages = new PageWriter();
        pages.Line("VELORIA 2030 HUMAN RIGHTS REPORT", 14, bold: true);
        pages.Line("EXECUTIVE SUMMARY", 12, bold: true);
        pages.Paragraph("Veloria is a republic with a president and a parliament. The elections of 2030 were free.");
        pages.Line("Section 1. Respect for the Integrity of the Person", 12, bold: true);
        pages.Line("a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated", 12, bold: true);
        pages.Line("Killings", 12, bold: true, continues: true);
        pages.Paragraph("There were several reports that the government or its agents committed");
        pages.NewPage();
        pages.Paragraph("arbitrary killings. The police opened an investigation into one of them.", continues: true);
        pages.Paragraph("Human rights groups called the investigation slow.");
        pages.Line("Prison and Detention Center Conditions", 12, bold: true);
        pages.Paragraph("Conditions in prisons were harsh.", runIn: "Physical Conditions:");
        pages.NewPage();
        pages.Paragraph("Overcrowding remained a problem in the capital.");
        var layout = pages.Build(header: "Country Reports on Human Rights Practices for 2030", footer: "VELORIA");

        var edition = EditionParser.ParseLayout(layout, Bytes, "upload.pdf");

        var titles = edition.Root.DescendantsAndSelf().Skip(1).Select(n => n.Title).ToList();
        var text = string.Join(" ", edition.Root.DescendantsAndSelf().SelectMany(n => n.Paragraphs).Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata.CountryKey, Is.EqualTo("veloria"));
            Assert.That(edition.Metadata.Year, Is.EqualTo(2030));
            Assert.That(edition.Metadata.Format, Is.EqualTo(EditionFormat.Pdf));
            Assert.That(titles, Is.EqualTo(new[]
            {
                "EXECUTIVE SUMMARY", "Respect for the Integrity of the Person",
                "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings",
                "Prison and Detention Center Conditions", "Physical Conditions",
            }));
            Assert.That(text, Does.Not.Contain("Country Reports on Human Rights Practices for 2030"), "running header");
            Assert.That(text, Does.Not.Contain("VELORIA"), "running footer");
            Assert.That(text, Does.Contain("committed arbitrary killings. The police opened"), "a paragraph goes on over a page break");
            Assert.That(edition.Root.DescendantsAndSelf().Single(n => n.Title.StartsWith("a. ", StringComparison.Ordinal)).Paragraphs, Has.Length.EqualTo(2), "paragraphs set apart are two");
        });
    }

    [Test]
    public void ParseLayout_ReadsOnlyTheReport_WhenBrowserPrintedTheWholePage()
    {
        var pages = new PageWriter(bodySize: 8);
        pages.Line("Skip to content", 8);
        pages.Line("Official websites use .gov", 8, bold: true);
        pages.Line("Countries & Areas", 8);
        pages.Line("2030 Country Reports on Human Rights Practices: Veloria", 16, bold: true);
        pages.Line("Download Report", 6.6, bold: true);
        pages.Line("1. Executive Summary", 8);
        pages.Line("2. Section 1. Respect for the Integrity of the Person", 8);
        pages.Line("Executive Summary", 12, bold: true);
        pages.Paragraph("Veloria is a republic with a president and a parliament.");
        pages.Line("Section 1.", 8, bold: true);
        pages.Line("Respect for the Integrity of the Person", 9.3, bold: true);
        pages.Line("a. Extrajudicial Killings", 9.3, bold: true);
        pages.Paragraph("There were no reports of killings.");
        pages.Line("View report by:", 12, bold: true);
        pages.Line("Tags", 8);
        pages.Line("Privacy Policy", 8);
        var layout = pages.Build(header: "1/12/30, 10:00 AM Veloria - United States Department of State", footer: "https://www.state.gov/reports/2030/veloria/");

        var edition = EditionParser.ParseLayout(layout, Bytes, "print.pdf");

        var titles = edition.Root.DescendantsAndSelf().Skip(1).Select(n => n.Title).ToList();
        var paragraphs = edition.Root.DescendantsAndSelf().SelectMany(n => n.Paragraphs).Select(p => p.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata.CountryKey, Is.EqualTo("veloria"));
            Assert.That(titles, Is.EqualTo(new[] { "Executive Summary", "Respect for the Integrity of the Person", "a. Extrajudicial Killings" }));
            Assert.That(paragraphs, Is.EqualTo(new[] { "Veloria is a republic with a president and a parliament.", "There were no reports of killings." }));
        });
    }

    [Test]
    public void ParseLayout_Refuses_WhenThePdfHasNoText()
    {
        var layout = new PdfLayout([], 3);

        Assert.That(() => EditionParser.ParseLayout(layout, Bytes, "veloria-2030.pdf"), Throws.TypeOf<EditionParseException>().With.Message.Contains("no text"));
    }

    [Test]
    public void Parse_RefusesPdfBytes_WithAMessageSayingWhereTheyAreRead()
    {
        Assert.That(() => EditionParser.Parse("%PDF-1.7\n1 0 obj"u8, "veloria-2030.pdf"), Throws.TypeOf<EditionParseException>().With.Message.Contains("PDF"));
    }

    /// <summary>Lays out lines as a word processor would: lines at 1.2 times their size, paragraphs and headings set apart, header and footer on every page.</summary>
    private sealed class PageWriter(double bodySize = 10)
    {
        private const int Width = 60;

        private readonly List<List<(string Text, double Size, bool Bold, string? RunIn, bool Gap)>> pages = [[]];

        /// <param name="text">The line.</param>
        /// <param name="size">Its font size.</param>
        /// <param name="bold">Set in bold.</param>
        /// <param name="continues">Set at the line pitch under the previous line (a wrapped heading), not apart from it.</param>
        public void Line(string text, double size, bool bold = false, bool continues = false) => pages[^1].Add((text, size, bold, null, !continues));

        /// <summary>A paragraph wrapped at about 60 characters; <paramref name="continues"/> goes on with the previous page's paragraph.</summary>
        public void Paragraph(string text, string? runIn = null, bool continues = false)
        {
            var words = (runIn is null ? text : runIn + " " + text).Split(' ');
            var line = "";
            var first = true;
            foreach (var word in words)
            {
                if (line.Length + word.Length + 1 > Width && line.Length > 0)
                {
                    pages[^1].Add((line, bodySize, false, first ? runIn : null, first && !continues));
                    first = false;
                    line = "";
                }

                line = line.Length == 0 ? word : line + " " + word;
            }

            pages[^1].Add((line, bodySize, false, first ? runIn : null, first && !continues));
        }

        public void NewPage() => pages.Add([]);

        public PdfLayout Build(string header, string footer)
        {
            var lines = ImmutableArray.CreateBuilder<PdfLine>();
            for (var p = 0; p < pages.Count; p++)
            {
                var number = p + 1;
                lines.Add(new PdfLine(number, 30, 72, 400, 8, false, header));
                var top = 60.0;
                foreach (var (text, size, bold, runIn, gap) in pages[p])
                {
                    top += gap ? size * 2 : size * 1.2;
                    lines.Add(new PdfLine(number, top, 72, 72 + (text.Length * size * 0.45), size, bold, text, runIn));
                }

                lines.Add(new PdfLine(number, 760, 72, 300, 8, false, footer));
                lines.Add(new PdfLine(number, 775, 300, 310, 8, false, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return new PdfLayout(lines.ToImmutable(), pages.Count);
        }
    }
}
