using System.Text;
using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Tests.Parsing.Text;

public sealed class TextDecoderTests
{
    [Test]
    public void Decode_ReturnsText_WhenUtf8WithoutBom()
    {
        Assert.That(TextDecoder.Decode("Côte d’Ivoire"u8), Is.EqualTo("Côte d’Ivoire"));
    }

    [Test]
    public void Decode_DropsBom_WhenUtf8WithBom()
    {
        Assert.That(TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "Report"u8]), Is.EqualTo("Report"));
    }

    [Test]
    public void Decode_ReadsUtf16_WhenLittleEndianBomPresent()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Côte d’Ivoire")];

        Assert.That(TextDecoder.Decode(bytes), Is.EqualTo("Côte d’Ivoire"));
    }

    [Test]
    public void Decode_ReadsUtf16_WhenBigEndianBomPresent()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Kazakhstan")];

        Assert.That(TextDecoder.Decode(bytes), Is.EqualTo("Kazakhstan"));
    }

    [Test]
    public void Decode_Throws_WhenEmpty()
    {
        Assert.That(() => TextDecoder.Decode([]), Throws.TypeOf<EditionParseException>().With.Message.EqualTo("the file is empty"));
    }

    [Test]
    public void Decode_Throws_WhenOnlyWhitespace()
    {
        Assert.That(() => TextDecoder.Decode(" \n\t\r\n"u8), Throws.TypeOf<EditionParseException>().With.Message.EqualTo("the file is empty (only whitespace)"));
    }

    [Test]
    public void Decode_NamesWindows1252_WhenSmartQuotesAreSingleBytes()
    {
        byte[] bytes = [.. "He said "u8, 0x93, .. "no"u8, 0x94, .. "."u8];

        Assert.That(() => TextDecoder.Decode(bytes), Throws.TypeOf<EditionParseException>()
            .With.Message.EqualTo("the text is not UTF-8 (invalid byte 0x93 at offset 8; it looks like Windows-1252): save it as UTF-8 and try again"));
    }

    [Test]
    public void Decode_NamesLatin1_WhenAccentedLettersAreSingleBytes()
    {
        byte[] bytes = [.. "Bogot"u8, 0xE1, .. " report"u8];

        Assert.That(() => TextDecoder.Decode(bytes), Throws.TypeOf<EditionParseException>()
            .With.Message.Contains("it looks like Latin-1 (ISO-8859-1) or Windows-1252"));
    }

    [Test]
    public void Decode_Throws_WhenNulBytesPresent()
    {
        Assert.That(() => TextDecoder.Decode([0x41, 0x00, 0x42]), Throws.TypeOf<EditionParseException>().With.Message.Contains("binary file"));
    }

    [Test]
    public void Decode_SaysExtractText_WhenPdfFile()
    {
        Assert.That(() => TextDecoder.Decode("%PDF-1.7\n%âãÏÓ"u8), Throws.TypeOf<EditionParseException>().With.Message.StartsWith("this is a PDF file"));
    }

    [Test]
    public void Decode_Throws_WhenZipArchive()
    {
        Assert.That(() => TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), Throws.TypeOf<EditionParseException>().With.Message.Contains("compressed archive"));
    }

    [Test]
    public void Decode_Throws_WhenLargerThanLimit()
    {
        var bytes = new byte[TextDecoder.MaxBytes + 1];

        Assert.That(() => TextDecoder.Decode(bytes), Throws.TypeOf<EditionParseException>().With.Message.StartsWith("the file is too large"));
    }
}
