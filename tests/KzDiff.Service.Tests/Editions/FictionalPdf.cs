using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KzDiff.Service.Tests.Editions;

/// <summary>
/// Small fictional PDF files written at test time with PdfPig's writer: a report in State's printable
/// layout (title line, bold headings, running header and footer with the page number), and an
/// encrypted file no password opens.
/// </summary>
internal static class FictionalPdf
{
    private const double Left = 72;
    private const double Size = 10;

    /// <summary>Veloria's report of <paramref name="year"/> on three pages; <paramref name="killingsTitle"/> names subsection 1.a.</summary>
    public static byte[] Report(int year, string killingsTitle = "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings")
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        string[][] pages =
        [
            [
                $"#VELORIA {year} HUMAN RIGHTS REPORT", "#EXECUTIVE SUMMARY",
                "Veloria is a republic governed by a president and a unicameral legislature.",
                "Elections were held in October and observers called them orderly.", "",
                "#Section 1. Respect for the Integrity of the Person", $"#{killingsTitle}",
                "There were several reports that security forces committed unlawful killings",
            ],
            [
                "in the border districts. The ombudsman opened an investigation into each case.", "",
                "#Prison and Detention Center Conditions",
                "Conditions in the central prison were harsh and at times life threatening.", "",
                "#Section 2. Respect for Civil Liberties", "#a. Freedom of Expression, Including for Members of the Press",
                "The constitution provides for freedom of expression, and the government generally respected it.",
            ],
            [
                "Journalists reported pressure from local officials in two provinces.", "",
                "#Section 7. Worker Rights", "The law provides for the right of workers to form unions.",
            ],
        ];
        for (var p = 0; p < pages.Length; p++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText($"Country Reports on Human Rights Practices for {year}", 8, new PdfPoint(Left, 760), regular);
            var y = 720.0;
            foreach (var line in pages[p])
            {
                if (line.Length == 0)
                {
                    y -= Size;
                    continue;
                }

                var heading = line.StartsWith('#');
                page.AddText(heading ? line[1..] : line, heading ? 12 : Size, new PdfPoint(Left, y), heading ? bold : regular);
                y -= heading ? 22 : 13;
            }

            page.AddText($"VELORIA {(p + 1).ToString(CultureInfo.InvariantCulture)}", 8, new PdfPoint(Left, 40), regular);
        }

        return builder.Build();
    }

    /// <summary>A one-page PDF whose /Encrypt dictionary no password opens (the user and owner keys are made up).</summary>
    public static byte[] Encrypted()
    {
        var key = new string('A', 64);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <{key}> /U <{key}> >>",
        ];
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{key[..32]}> <{key[..32]}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
