using System.Diagnostics;
using KzDiff.Core.Comparison;
using KzDiff.Core.Parsing;
using KzDiff.Service.Editions;

namespace KzDiff.Service.Tests.Editions;

/// <summary>
/// A state.gov page printed to PDF by Chromium (the site's navigation around the report, the
/// browser's date and address on every page) reads as the page itself. Printed at run time from
/// the real page: no copy of a report is kept in the repository.
/// </summary>
[Category("Browser")]
[Category("Corpus")]
public sealed class PrintedPageCorpusTests
{
    [Test]
    public async Task Read_PrintedKazakhstan2019_ComparesWithItsPageAt99PercentOfSentences()
    {
        var page = Path.Combine(TestEnvironment.RequireCorpus(), "state-gov", "2019", "kazakhstan.html");
        var pdf = await PrintAsync(TestEnvironment.RequireChromium(), page);

        var printed = EditionReader.Read(pdf, "kazakhstan-2019.pdf");
        var html = EditionParser.Parse(File.ReadAllBytes(page), page);
        var comparison = EditionComparer.Compare(html, printed);

        var rows = comparison.Sections.SelectMany(s => s.Sentences).Where(r => !(r.Status == SentenceStatus.Moved && r.MovedFrom is null)).ToList();
        var same = rows.Count(r => r.Status == SentenceStatus.Unchanged || r.Kind == ChangeKind.Formatting);
        var share = (double)same / rows.Count;
        TestContext.Out.WriteLine($"{pdf.Length:N0} bytes of PDF; {same} of {rows.Count} sentences unchanged or formatting ({share:P2})");
        foreach (var row in rows.Where(r => r.Status != SentenceStatus.Unchanged && r.Kind != ChangeKind.Formatting).Take(30))
        {
            TestContext.Out.WriteLine($"{row.Status} {row.Kind}: {row.Old} => {row.New}");
        }

        var addedOrRemoved = comparison.Sections.Where(s => s.Status is SectionStatus.Added or SectionStatus.Removed).Select(s => $"{s.Status} {(s.Old ?? s.New)!.Path} {(s.Old ?? s.New)!.Title}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That((printed.Metadata.CountryKey, printed.Metadata.Year), Is.EqualTo(("kazakhstan", 2019)), "the page's headline names the report");
            Assert.That(addedOrRemoved, Is.Empty, "same outline");
            Assert.That(share, Is.GreaterThanOrEqualTo(0.99));
        });
    }

    private static async Task<byte[]> PrintAsync(string chromium, string page)
    {
        var output = Path.Combine(Path.GetTempPath(), $"kzdiff-print-{Guid.NewGuid():N}.pdf");
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--print-to-pdf={output}", new Uri(page).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        try
        {
            Assert.That(File.Exists(output), Is.True, $"Chromium printed nothing (exit {process.ExitCode}): {await stderr}");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
