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

    [Test]
    public void Read_DropsPageFurniture_AndJoinsParagraphAcrossPageBreak()
    {
        var text = string.Join('\n',
            "KAZAKHSTAN 2019 HUMAN RIGHTS REPORT",
            "The government implemented regulations on internet access that mandated",
            "surveillance cameras in all internet cafes and authorized law enforcement to access",
            "",
            "Country Reports on Human Rights Practices for 2019",
            "United States Department of State • Bureau of Democracy, Human Rights and Labor",
            "",
            "KAZAKHSTAN",
            "",
            "18",
            "",
            " the names and internet histories of users.");

        var document = PdfTextReader.Read(text);

        Assert.Multiple(() =>
        {
            Assert.That(document.TitleLineHints.Year, Is.EqualTo(2019));
            Assert.That(document.Blocks.Select(b => b.Text), Is.EqualTo(new[]
            {
                "The government implemented regulations on internet access that mandated surveillance cameras in all internet cafes and authorized law enforcement to access the names and internet histories of users.",
            }));
        });
    }

    [Test]
    public void Read_SplitsParagraphs_WhereLineEndsSentenceEarly()
    {
        var text = string.Join('\n',
            "The law prohibits torture; nevertheless, there were reports that police and prison",
            "officials tortured and abused detainees.",
            "As of August 6, the prosecutor general indicated 135 complaints of torture in the",
            "first six months of the year.");

        var document = PdfTextReader.Read(text);

        Assert.That(document.Blocks, Has.Count.EqualTo(2));
    }

    [Test]
    public void Read_RestoresHyphen_WhereExtractorGluedTwoLines()
    {
        // From the corpus's PDF text: the extractor dropped the hyphen of "Nur-" at a line end
        // and glued the two lines into one twice as wide as the page.
        var text = string.Join('\n',
            "On September 25, the Nur-Sultan police reported that two men were under pretrial",
            "detention for the investigation of sexual assault, beating, and extortion of a",
            "young man in July. A medical examination showed that the young man had been",
            "beaten. The investigation was ongoing at year's end, according to the police and",
            "that access to the internet was intermittently, and at times completely, blocked,",
            "including access to VPN services. These outages coincided with protests in NurSultan, Almaty, Shymkent, and elsewhere, eliminating the potential to livestream",
            "and share live updates from protest scenes on social media and internet news",
            "platforms.");

        var paragraph = string.Join(' ', PdfTextReader.Read(text).Blocks.Select(b => b.Text));

        Assert.That(paragraph, Does.Contain("protests in Nur-Sultan, Almaty"));
    }

    [Test]
    public void Read_DropsSoftHyphen_WhenWordBreaksAcrossLines()
    {
        var text = string.Join('\n',
            "The commission opened an investi-",
            "gation into the deaths, and a self-",
            "governing body reviewed the case.");

        var paragraph = PdfTextReader.Read(text).Blocks.Single().Text;

        Assert.That(paragraph, Is.EqualTo("The commission opened an investigation into the deaths, and a self-governing body reviewed the case."));
    }

    [Test]
    public void Read_Throws_WhenNothingButFurniture()
    {
        var text = "Country Reports on Human Rights Practices for 2019\n\n12\n";

        Assert.That(() => PdfTextReader.Read(text), Throws.TypeOf<EditionParseException>());
    }
}
