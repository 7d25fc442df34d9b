using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing;

public sealed class FormatDetectorTests
{
    [TestCase("<!DOCTYPE html><html><body><p>x</p></body></html>")]
    [TestCase("  \n<html lang=\"en-US\"><head></head></html>")]
    [TestCase("<section class=\"report__content__inner\"><p>text</p></section>")]
    public void Detect_ReturnsHtml_WhenTextIsMarkup(string text)
    {
        Assert.That(FormatDetector.Detect(text), Is.EqualTo(EditionFormat.StateGovHtml));
    }

    [Test]
    public void Detect_ReturnsPdfText_WhenPageFooterPresent()
    {
        const string text = "KAZAKHSTAN 2019 HUMAN RIGHTS REPORT\nSome text.\nCountry Reports on Human Rights Practices for 2019\n";

        Assert.That(FormatDetector.Detect(text), Is.EqualTo(EditionFormat.PdfText));
    }

    [Test]
    public void Detect_ReturnsPdfText_WhenLinesAreHardWrapped()
    {
        var line = "There were reports the government or its agents committed arbitrary killings";
        var text = string.Join('\n', Enumerable.Repeat(line, 30));

        Assert.That(FormatDetector.Detect(text), Is.EqualTo(EditionFormat.PdfText));
    }

    [Test]
    public void Detect_ReturnsPlainText_WhenParagraphsAreWholeLines()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The law prohibits torture, but there were reports that police abused detainees. ", 4));
        var text = "Executive Summary\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 30));

        Assert.That(FormatDetector.Detect(text), Is.EqualTo(EditionFormat.PlainText));
    }
}
