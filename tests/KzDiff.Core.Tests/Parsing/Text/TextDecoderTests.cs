using System.Text;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Tests.Parsing.Text;

public sealed class TextDecoderTests
{
    [Test]
    public void Lease_ReturnsText_WhenUtf8WithoutBom()
    {
        Assert.That(Decoded("Côte d’Ivoire"u8), Is.EqualTo("Côte d’Ivoire"));
    }

    [Test]
    public void Lease_DropsBom_WhenUtf8WithBom()
    {
        Assert.That(Decoded([0xEF, 0xBB, 0xBF, .. "Report"u8]), Is.EqualTo("Report"));
    }

    [Test]
    public void Lease_ReadsUtf16_WhenLittleEndianBomPresent()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Côte d’Ivoire")];

        Assert.That(Decoded(bytes), Is.EqualTo("Côte d’Ivoire"));
    }

    [Test]
    public void Lease_ReadsUtf16_WhenBigEndianBomPresent()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Kazakhstan")];

        Assert.That(Decoded(bytes), Is.EqualTo("Kazakhstan"));
    }

    [Test]
    public void Lease_Throws_WhenEmpty()
    {
        Assert.That(() => Decoded([]), Throws.TypeOf<EditionParseException>().With.Message.EqualTo("the file is empty"));
    }

    [Test]
    public void Lease_Throws_WhenOnlyWhitespace()
    {
        Assert.That(() => Decoded(" \n\t\r\n"u8), Throws.TypeOf<EditionParseException>().With.Message.EqualTo("the file is empty (only whitespace)"));
    }

    [Test]
    public void Lease_NamesWindows1252_WhenSmartQuotesAreSingleBytes()
    {
        byte[] bytes = [.. "He said "u8, 0x93, .. "no"u8, 0x94, .. "."u8];

        Assert.That(() => Decoded(bytes), Throws.TypeOf<EditionParseException>()
            .With.Message.EqualTo("the text is not UTF-8 (invalid byte 0x93 at offset 8; it looks like Windows-1252): save it as UTF-8 and try again"));
    }

    [Test]
    public void Lease_NamesLatin1_WhenAccentedLettersAreSingleBytes()
    {
        byte[] bytes = [.. "Bogot"u8, 0xE1, .. " report"u8];

        Assert.That(() => Decoded(bytes), Throws.TypeOf<EditionParseException>()
            .With.Message.Contains("it looks like Latin-1 (ISO-8859-1) or Windows-1252"));
    }

    [Test]
    public void Lease_Throws_WhenNulBytesPresent()
    {
        Assert.That(() => Decoded([0x41, 0x00, 0x42]), Throws.TypeOf<EditionParseException>().With.Message.Contains("binary file"));
    }

    [Test]
    public void Lease_SaysExtractText_WhenPdfFile()
    {
        Assert.That(() => Decoded("%PDF-1.7\n%âãÏÓ"u8), Throws.TypeOf<EditionParseException>().With.Message.StartsWith("this is a PDF file"));
    }

    [Test]
    public void Lease_Throws_WhenZipArchive()
    {
        Assert.That(() => Decoded([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), Throws.TypeOf<EditionParseException>().With.Message.Contains("compressed archive"));
    }

    [Test]
    public void Lease_Throws_WhenLargerThanLimit()
    {
        var bytes = new byte[TextDecoder.MaxBytes + 1];

        Assert.That(() => Decoded(bytes), Throws.TypeOf<EditionParseException>().With.Message.StartsWith("the file is too large"));
    }

    // The leased text as a string, read before the lease goes back to the pool.
    private static string Decoded(ReadOnlySpan<byte> content)
    {
        using var text = TextDecoder.Lease(content);
        return text.Text.ToString();
    }
}
