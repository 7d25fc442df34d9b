using System.Text.Json;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
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

    [Test]
    public void Write_WritesOneLineThatReadsBackTheSame_WhenNotIndented()
    {
        var comparison = RenderingSamples.Comparison();
        var indented = ComparisonJson.Write(comparison);

        var compact = ComparisonJson.Write(comparison, indented: false);

        Assert.That(compact, Does.Not.Contain('\n'));
        Assert.That(compact.Length, Is.LessThan(indented.Length));
        Assert.That(ComparisonJson.Write(ComparisonJson.Read(compact)), Is.EqualTo(indented), "the same document as kzdiff compare --format json");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Write_KeepsQuotesReadableButEscapesMarkup(bool indented)
    {
        var json = ComparisonJson.Write(RenderingSamples.Comparison(), indented);

        Assert.That(json, Does.Contain("“traitors”"));
        Assert.That(json, Does.Contain("\\u003Cscript\\u003Ealert(\\u0027x\\u0027)"));
        Assert.That(json, Does.Not.Contain("<script>"));
    }

    [Test]
    public void Read_FillsDefaults_WhenResultPredatesCountryNameSourceAndFormat()
    {
        const string edition = "\"country\":\"veloria\",\"year\":2019,\"sha256\":\"ab\"";
        const string stats = "\"sectionsUnchanged\":0,\"sectionsModified\":0,\"sectionsAdded\":0,\"sectionsRemoved\":0,\"sentencesUnchanged\":0,\"sentencesModified\":0,\"sentencesMoved\":0,\"sentencesAdded\":0,\"sentencesRemoved\":0,\"wordsAdded\":0,\"wordsRemoved\":0,\"substantiveChanges\":0,\"routineChanges\":0,\"formattingChanges\":0";
        var json = $"{{\"engineVersion\":\"1\",\"old\":{{{edition}}},\"new\":{{{edition}}},\"stats\":{{{stats}}},\"sections\":[{{\"status\":\"added\",\"renamed\":false,\"moved\":false,\"split\":false,\"merged\":false,\"old\":null,\"new\":{{\"path\":\"1\",\"title\":\"Life\"}},\"similarity\":0,\"confidence\":1,\"evidence\":[],\"sentences\":[{{\"status\":\"added\",\"kind\":\"substantive\",\"new\":\"It rained.\"}}]}}]}}";

        var read = ComparisonJson.Read(json);

        Assert.Multiple(() =>
        {
            Assert.That(read.Old, Is.EqualTo(new EditionMetadata("veloria", string.Empty, 2019, string.Empty, "ab", EditionFormat.StateGovHtml)));
            Assert.That(read.Sections.Single().Sentences.Single(), Is.EqualTo(new SentenceChange(SentenceStatus.Added, ChangeKind.Substantive, null, "It rained.", null, null, [])).Using<SentenceChange>((x, y) => x.Status == y.Status && x.Kind == y.Kind && x.Old == y.Old && x.New == y.New && x.Words.IsEmpty && y.Words.IsEmpty && x.Note == y.Note));
        });
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("[1,2]")]
    [TestCase("{\"sections\":[{\"status\":\"exploded\"}]}")]
    public void Read_ThrowsFormatException_WhenJsonIsNotAComparison(string json)
    {
        Assert.That(() => ComparisonJson.Read(json), Throws.InstanceOf<FormatException>());
    }
}
