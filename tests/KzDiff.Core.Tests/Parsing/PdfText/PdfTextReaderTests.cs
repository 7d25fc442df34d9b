using KzDiff.Core.Parsing;
using KzDiff.Core.Parsing.PdfText;

namespace KzDiff.Core.Tests.Parsing.PdfText;

public sealed class PdfTextReaderTests
{
    [Test]
    public void Read_JoinsHeading_WhenLongHeadingLineWrapsBeforeShortFragment()
    {
        var text = string.Join('\n',
            "KAZAKHSTAN 2019 HUMAN RIGHTS REPORT",
            "to be fluent in Kazakh. The constitution prohibits discrimination based on",
            "language, but all prospective civil servants are required to pass a Kazakh language",
            "exam.",
            "Acts of Violence, Discrimination, and Other Abuses Based on Sexual",
            "Orientation and Gender Identity",
            "The law does not criminalize consensual same-sex sexual conduct, and there were",
            "reports of violence.");

        var document = PdfTextReader.Read(text);

        var headings = document.Blocks.Where(b => b.Kind == SourceBlockKind.Heading).Select(b => b.Text);
        Assert.That(headings, Is.EqualTo(new[] { "Acts of Violence, Discrimination, and Other Abuses Based on Sexual Orientation and Gender Identity" }));
    }
}
