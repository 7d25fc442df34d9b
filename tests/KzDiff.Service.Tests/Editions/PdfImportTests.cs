using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Tests.Support;

namespace KzDiff.Service.Tests.Editions;

public sealed class PdfImportTests
{
    [Test]
    public void Read_ParsesStateLayout_WithoutRunningHeadersAndFooters()
    {
        var edition = EditionReader.Read(FictionalPdf.Report(2030), "upload.pdf");

        var titles = edition.Root.DescendantsAndSelf().Skip(1).Select(n => n.Title).ToList();
        var text = string.Join(" ", edition.Root.DescendantsAndSelf().SelectMany(n => n.Paragraphs).Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata.Format, Is.EqualTo(EditionFormat.Pdf));
            Assert.That((edition.Metadata.CountryKey, edition.Metadata.Year), Is.EqualTo(("veloria", 2030)), "the title line names the report");
            Assert.That(titles, Is.EqualTo(new[]
            {
                "EXECUTIVE SUMMARY", "Respect for the Integrity of the Person",
                "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings",
                "Prison and Detention Center Conditions", "Respect for Civil Liberties",
                "a. Freedom of Expression, Including for Members of the Press", "Worker Rights",
            }));
            Assert.That(text, Does.Not.Contain("Country Reports on Human Rights Practices for"), "running header");
            Assert.That(text, Does.Not.Contain("VELORIA"), "running footer");
            Assert.That(text, Does.Contain("unlawful killings in the border districts."), "a paragraph goes on over a page break");
        });
    }

    [Test]
    public async Task ImportAsync_StoresPdf_AsTheNextYearOfItsCountry()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);
        var importer = store.Get<EditionImporter>();

        var pdf = FictionalPdf.Report(2030);
        var result = await importer.ImportAsync(pdf, "veloria-2030.pdf");
        var again = await importer.ImportAsync(pdf, "veloria-2030.pdf");

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
            Assert.That(result.Edition!.Country, Is.EqualTo("veloria"));
            Assert.That(result.Edition.Format, Is.EqualTo(nameof(EditionFormat.Pdf)));
            Assert.That(again.Outcome, Is.EqualTo(ImportOutcome.Unchanged), "idempotent by content hash");
        });
    }

    [Test]
    public async Task ImportAsync_RefusesEncryptedPdf_WithAClearReason()
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);

        var result = await store.Get<EditionImporter>().ImportAsync(FictionalPdf.Encrypted(), "veloria-2030.pdf");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(result.Error, Does.Contain("encrypted"));
    }

    [TestCase("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R", TestName = "ImportAsync_RefusesTruncatedPdf_WithAClearReason")]
    [TestCase("%PDF-1.4\n\u0000\u0001\u0002 not a document at all", TestName = "ImportAsync_RefusesGarbledPdf_WithAClearReason")]
    public async Task ImportAsync_RefusesDamagedPdf(string content)
    {
        await using var store = await TestStore.CreateAsync(StorageMode.Embedded);

        var result = await store.Get<EditionImporter>().ImportAsync(System.Text.Encoding.Latin1.GetBytes(content), "veloria-2030.pdf");

        Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(result.Failure, Is.EqualTo(ImportFailure.Unreadable));
        Assert.That(result.Error, Does.Contain("PDF"));
    }

    [Test]
    public void Read_RefusesFileNamedPdf_WhenItIsNotOne()
    {
        Assert.That(
            () => EditionReader.Read("VELORIA 2030 HUMAN RIGHTS REPORT\nSome text."u8.ToArray(), "veloria-2030.pdf"),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("not a PDF file"));
    }
}
