using System.Text.Json;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

public sealed class EditionTreeJsonTests
{
    private static readonly Edition Sample = EditionParser.Parse(
        "VELORIA 2023 HUMAN RIGHTS REPORT\n\nExecutive Summary\n\nVeloria is a republic. It holds “elections.”\n\nSection 1. Integrity\n\nc. Torture\n\nPrison and Detention Center Conditions\n\nPhysical Conditions: Cells were crowded.\n"u8,
        "veloria-2023.txt");

    [Test]
    public void Serialize_WritesMetadata_OnRoot()
    {
        using var json = JsonDocument.Parse(EditionTreeJson.Serialize(Sample));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("country").GetString(), Is.EqualTo("veloria"));
            Assert.That(root.GetProperty("countryName").GetString(), Is.EqualTo("Veloria"));
            Assert.That(root.GetProperty("year").GetInt32(), Is.EqualTo(2023));
            Assert.That(root.GetProperty("sha256").GetString(), Is.EqualTo(Sample.Metadata.Sha256));
            Assert.That(root.GetProperty("source").GetString(), Is.EqualTo("veloria-2023.txt"));
            Assert.That(root.GetProperty("format").GetString(), Is.EqualTo("text"));
            Assert.That(root.GetProperty("level").GetString(), Is.EqualTo("document"));
        });
    }

    [Test]
    public void Serialize_WritesEveryNode_WithOwnSentencesOnly()
    {
        using var json = JsonDocument.Parse(EditionTreeJson.Serialize(Sample));
        var summary = json.RootElement.GetProperty("children")[0];
        var runIn = json.RootElement.GetProperty("children")[1].GetProperty("children")[0].GetProperty("children")[0].GetProperty("children")[0];

        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("level").GetString(), Is.EqualTo("summary"));
            Assert.That(summary.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "Veloria is a republic.", "It holds “elections.”" }));
            Assert.That(summary.GetProperty("paragraphs").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("words").GetInt32(), Is.EqualTo(7));
            Assert.That(summary.GetProperty("number").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(runIn.GetProperty("level").GetString(), Is.EqualTo("runin"));
            Assert.That(runIn.GetProperty("path").GetString(), Is.EqualTo("1.c/prison-and-detention-center-conditions/physical-conditions"));
            Assert.That(runIn.GetProperty("children").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void Serialize_KeepsQuotesReadable()
    {
        Assert.That(EditionTreeJson.Serialize(Sample), Does.Contain("It holds “elections.”"));
    }
}
