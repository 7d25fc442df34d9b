using KzDiff.Core.Editions;
using KzDiff.Service.Editions;

namespace KzDiff.Service.Tests.Editions;

public sealed class StoredEditionJsonTests
{
    // A row as every version so far has stored it: camel-case enums, null numbers left out, non-ASCII escaped.
    private const string StoredRow =
        "{\"metadata\":{\"countryKey\":\"veloria\",\"countryName\":\"Veloria\",\"year\":2023,\"sourceName\":\"veloria-2023.txt\",\"sha256\":\"ab\",\"format\":\"plainText\"}," +
        "\"root\":{\"title\":\"\",\"key\":\"\",\"path\":\"\",\"level\":\"document\",\"paragraphs\":[],\"children\":[" +
        "{\"title\":\"Executive Summary\",\"key\":\"executive-summary\",\"path\":\"summary\",\"level\":\"summary\",\"paragraphs\":[[\"Veloria is a republic.\",\"It holds \\u201Celections.\\u201D\"]],\"children\":[]}," +
        "{\"title\":\"Section 1. Integrity\",\"key\":\"integrity\",\"path\":\"1\",\"level\":\"section\",\"number\":\"1\",\"paragraphs\":[],\"children\":[" +
        "{\"title\":\"Physical Conditions\",\"key\":\"physical-conditions\",\"path\":\"1/physical-conditions\",\"level\":\"runIn\",\"paragraphs\":[[\"Cells were crowded.\"],[\"Food was scarce.\"]],\"children\":[]}]}]}}";

    private static readonly Edition Sample = new(
        new EditionMetadata("veloria", "Veloria", 2023, "veloria-2023.txt", "ab", EditionFormat.PlainText),
        new SectionNode(string.Empty, string.Empty, string.Empty, SectionLevel.Document, null, [], [
            new SectionNode("Executive Summary", "executive-summary", "summary", SectionLevel.Summary, null, [new Paragraph(["Veloria is a republic.", "It holds “elections.”"])], []),
            new SectionNode("Section 1. Integrity", "integrity", "1", SectionLevel.Section, "1", [], [
                new SectionNode("Physical Conditions", "physical-conditions", "1/physical-conditions", SectionLevel.RunIn, null, [new Paragraph(["Cells were crowded."]), new Paragraph(["Food was scarce."])], []),
            ]),
        ]));

    [Test]
    public void Write_KeepsTheFormatOfRowsAlreadyStored()
    {
        Assert.That(StoredEditionJson.Write(Sample), Is.EqualTo(StoredRow));
    }

    [Test]
    public void Read_RebuildsTheTree_WhenRowWasStoredByAnEarlierVersion()
    {
        var edition = StoredEditionJson.Read(StoredRow);

        Assert.Multiple(() =>
        {
            Assert.That(edition.Metadata, Is.EqualTo(Sample.Metadata));
            var nodes = edition.Root.DescendantsAndSelf().ToList();
            Assert.That(nodes.Select(n => (n.Path, n.Level, n.Number)), Is.EqualTo(Sample.Root.DescendantsAndSelf().Select(n => (n.Path, n.Level, n.Number))));
            Assert.That(nodes[^1].Paragraphs.Select(p => p.Sentences.Single()), Is.EqualTo(new[] { "Cells were crowded.", "Food was scarce." }));
            Assert.That(nodes[1].Sentences, Is.EqualTo(new[] { "Veloria is a republic.", "It holds “elections.”" }));
        });
    }

    [TestCase("")]
    [TestCase("{\"metadata\":null,\"root\":null}")]
    [TestCase("{\"root\":{\"title\":\"\"}}")]
    public void Read_ThrowsInvalidData_WhenRowIsNotATree(string json)
    {
        Assert.That(() => StoredEditionJson.Read(json), Throws.InstanceOf<InvalidDataException>());
    }
}
