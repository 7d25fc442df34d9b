using System.Text.Json;
using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

public sealed class ComparisonJsonTests
{
    [Test]
    public void Write_FollowsTheContract_ForEverySectionAndSentence()
    {
        using var document = JsonDocument.Parse(ComparisonJson.Write(RenderingSamples.Comparison()));
        var root = document.RootElement;

        Assert.That(root.GetProperty("old").GetProperty("year").GetInt32(), Is.EqualTo(2018));
        Assert.That(root.GetProperty("new").GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
        Assert.That(root.GetProperty("stats").GetProperty("sentencesMoved").GetInt32(), Is.EqualTo(1));
        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.That(sections.Select(s => s.GetProperty("status").GetString()), Is.All.AnyOf("unchanged", "modified", "added", "removed"));
        var speech = sections.Single(s => s.GetProperty("old").GetProperty("path").GetString() == "2.a");
        Assert.That(speech.GetProperty("renamed").GetBoolean(), Is.True);
        Assert.That(speech.GetProperty("new").GetProperty("title").GetString(), Is.EqualTo("a. Freedom of Expression"));
        var sentences = sections.SelectMany(s => s.GetProperty("sentences").EnumerateArray()).ToList();
        Assert.That(sentences.Select(s => s.GetProperty("status").GetString()).Distinct(), Is.EquivalentTo(new[] { "unchanged", "modified", "moved", "added", "removed" }));
        Assert.That(sentences.Select(s => s.GetProperty("kind").GetString()).Distinct(), Is.SubsetOf(new[] { "none", "formatting", "routine", "substantive" }));
        var modified = sentences.First(s => s.GetProperty("status").GetString() == "modified" && s.GetProperty("kind").GetString() == "substantive");
        Assert.That(modified.GetProperty("words").EnumerateArray().Select(w => w.GetProperty("op").GetString()), Is.SupersetOf(new[] { "equal", "delete", "insert" }));
        var moved = sentences.Single(s => s.GetProperty("status").GetString() == "moved" && s.GetProperty("movedFrom").ValueKind == JsonValueKind.String);
        Assert.That(moved.GetProperty("movedFrom").GetString(), Is.EqualTo("1.c"));
    }

    [Test]
    public void Read_ReturnsTheSameComparison_WhenGivenWrittenJson()
    {
        var json = ComparisonJson.Write(RenderingSamples.Comparison());

        var read = ComparisonJson.Read(json);

        Assert.That(ComparisonJson.Write(read), Is.EqualTo(json));
    }

    [TestCase("")]
    [TestCase("{}")]
    [TestCase("[1,2]")]
    [TestCase("{\"sections\":[{\"status\":\"exploded\"}]}")]
    public void Read_ThrowsFormatException_WhenJsonIsNotAComparison(string json)
    {
        Assert.That(() => ComparisonJson.Read(json), Throws.InstanceOf<FormatException>());
    }
}
