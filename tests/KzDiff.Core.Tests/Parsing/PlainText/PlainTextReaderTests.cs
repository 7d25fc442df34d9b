using System.Text;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing.PlainText;

public sealed class PlainTextReaderTests
{
    [Test]
    public void Parse_BuildsOutline_FromLinesCopiedOutOfBrowser()
    {
        const string text = """
            Executive Summary

            Veloria is a republic. Its president governs by decree.

            Section 1. Respect for the Integrity of the Person

            c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment

            Prison and Detention Center Conditions

            Physical Conditions: Cells were crowded.

            Significant human rights issues included: torture; arbitrary arrest.
            """;

        var edition = EditionParser.Parse(Encoding.UTF8.GetBytes(text), "veloria-2021.txt", EditionFormat.PlainText);

        var runIn = edition.Root.DescendantsAndSelf().Single(n => n.Level == SectionLevel.RunIn);
        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata.CountryKey, Is.EqualTo("veloria"));
            Assert.That(edition.Metadata.Year, Is.EqualTo(2021));
            Assert.That(edition.Root.Children[0].Sentences, Is.EqualTo(new[] { "Veloria is a republic.", "Its president governs by decree." }));
            Assert.That(runIn.Path, Is.EqualTo("1.c/prison-and-detention-center-conditions/physical-conditions"));
            Assert.That(runIn.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Cells were crowded.", "Significant human rights issues included: torture; arbitrary arrest." }));
        });
    }

    [Test]
    public void Parse_TakesCountryAndYear_FromTitleLine_WhenFileNameSaysNothing()
    {
        var edition = EditionParser.Parse("KYRGYZ REPUBLIC 2022 HUMAN RIGHTS REPORT\n\nExecutive Summary\n\nText here.\n"u8, "upload.txt");

        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata.CountryKey, Is.EqualTo("kyrgyzstan"));
            Assert.That(edition.Metadata.CountryName, Is.EqualTo("Kyrgyz Republic"));
            Assert.That(edition.Metadata.Year, Is.EqualTo(2022));
        });
    }

    [Test]
    public void Parse_RefusesNamingBoth_WhenFileNameDisagreesWithTitleLine()
    {
        // The title decides; a file name that says otherwise is a mistake or a trick, never believed.
        Assert.That(
            () => EditionParser.Parse("VELORIA 2022 HUMAN RIGHTS REPORT\n\nExecutive Summary\n\nText here.\n"u8, "reports/2023/veloria.txt"),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("Veloria 2022").And.Message.Contains("veloria 2023"));
    }

    [Test]
    public void Parse_TakesCountryAndYearFromTitleLine_OverAFileNameThatSaysNothing()
    {
        var edition = EditionParser.Parse("KAZAKHSTAN 2022 HUMAN RIGHTS REPORT\n\nExecutive Summary\n\nText here.\n"u8, "notes.txt");

        Assert.That((edition.Metadata.CountryKey, edition.Metadata.Year, edition.Metadata.CountryName), Is.EqualTo(("kazakhstan", 2022, "Kazakhstan")));
    }
}
