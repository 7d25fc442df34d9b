using System.Collections.Immutable;
using System.Text.Json;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Comparison.Summaries;
using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

/// <summary>Flags and the summary in every output: the contract, text, Markdown and the HTML export.</summary>
public sealed class FlagRenderingTests
{
    private const string NumberExplanation = "40 → 65 (protesters)";

    [Test]
    public void Write_WritesFlagsOnEveryRowAndTheSummaryWithCompareAnchors()
    {
        var comparison = Flagged();

        using var document = JsonDocument.Parse(ComparisonJson.Write(comparison));
        var root = document.RootElement;

        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.That(sections.Select(s => s.GetProperty("flags").ValueKind), Is.All.EqualTo(JsonValueKind.Array));
        var rows = sections.SelectMany(s => s.GetProperty("sentences").EnumerateArray()).ToList();
        Assert.That(rows.Select(r => r.GetProperty("flags").ValueKind), Is.All.EqualTo(JsonValueKind.Array), "written even when empty");
        var flagged = rows.Single(r => r.GetProperty("flags").GetArrayLength() > 0);
        var flag = flagged.GetProperty("flags")[0];
        Assert.That(flag.GetProperty("kind").GetString(), Is.EqualTo("number"));
        Assert.That(flag.GetProperty("score").GetDouble(), Is.EqualTo(0.875));
        Assert.That(flag.GetProperty("explanation").GetString(), Is.EqualTo(NumberExplanation));
        Assert.That(sections[0].GetProperty("flags")[0].GetProperty("kind").GetString(), Is.EqualTo("section"));

        var summary = root.GetProperty("summary");
        Assert.That(summary.GetProperty("text").GetString(), Is.EqualTo("1 number changed."));
        var keys = summary.GetProperty("keyChanges").EnumerateArray().ToList();
        Assert.That(keys, Has.Count.EqualTo(2));
        var anchors = ComparisonAnchors.Assign(comparison);
        Assert.That(keys[0].GetProperty("anchor").GetString(), Is.EqualTo(anchors.Sentence(0, 1)).And.StartWith("c-"));
        Assert.That(keys[0].GetProperty("section").GetProperty("path").GetString(), Is.EqualTo("1.c"));
        Assert.That(keys[1].GetProperty("anchor").GetString(), Is.EqualTo("sec-1.c"));
        Assert.That(keys[1].GetProperty("kind").GetString(), Is.EqualTo("section"));
    }

    [Test]
    public void Read_GivesBackTheFlagsAndTheSummary_WhenGivenWrittenJson()
    {
        var comparison = Flagged();

        var read = ComparisonJson.Read(ComparisonJson.Write(comparison));

        Assert.That(read.Summary.Text, Is.EqualTo(comparison.Summary.Text));
        Assert.That(read.Summary.KeyChanges, Is.EqualTo(comparison.Summary.KeyChanges));
        Assert.That(read.Sections.Select(s => s.Flags.ToArray()), Is.EqualTo(comparison.Sections.Select(s => s.Flags.ToArray())));
        Assert.That(read.Sections[0].Sentences[1].Flags, Is.EqualTo(comparison.Sections[0].Sentences[1].Flags));
    }

    [Test]
    public void Read_GivesNoFlagsAndNoSummary_WhenTheJsonPredatesThem()
    {
        var json = ComparisonJson.Write(RenderingSamples.Comparison(), indented: false);
        var old = System.Text.RegularExpressions.Regex.Replace(json, ",\"flags\":\\[[^\\]]*\\]", "");
        old = System.Text.RegularExpressions.Regex.Replace(old, "\"summary\":\\{.*?\\]\\},", "");
        Assert.That(old, Does.Not.Contain("\"flags\"").And.Not.Contain("\"summary\""), "the test removed both");

        var read = ComparisonJson.Read(old);

        Assert.That(read.Summary, Is.EqualTo(ComparisonSummary.Empty));
        Assert.That(read.Sections.SelectMany(s => s.Sentences).Select(r => r.Flags.Length).Sum(), Is.Zero);
    }

    [Test]
    public void Read_RefusesAKeyChange_WhoseAnchorNamesNoRow()
    {
        var json = ComparisonJson.Write(Flagged()).Replace("\"anchor\": \"sec-1.c\"", "\"anchor\": \"sec-nowhere\"", StringComparison.Ordinal);

        Assert.That(() => ComparisonJson.Read(json), Throws.TypeOf<FormatException>().With.Message.Contains("sec-nowhere"));
    }

    [Test]
    public void Text_ShowsKeyChangesBeforeTheSectionsAndLabelsFlaggedRows()
    {
        var text = ComparisonRenderer.Render(Flagged(), ComparisonFormat.Text);

        var key = text.IndexOf("Key changes", StringComparison.Ordinal);
        Assert.That(key, Is.GreaterThan(0));
        Assert.That(key, Is.LessThan(text.IndexOf("== ", StringComparison.Ordinal)));
        Assert.That(text, Does.Contain("! [number] " + NumberExplanation + " (in c. Torture)"));
        Assert.That(text, Does.Contain("1 number changed."));
        var row = text.Split('\n').Single(line => line.StartsWith("~ ", StringComparison.Ordinal) && line.Contains("protesters", StringComparison.Ordinal));
        Assert.That(row, Does.Contain("(!number)"));
    }

    [Test]
    public void Text_LeavesOutKeyChanges_WhenCutToOneSection()
    {
        var text = ComparisonRenderer.Render(Flagged(), ComparisonFormat.Text, new RenderOptions(Section: "2.a"));

        Assert.That(text, Does.Not.Contain("Key changes"));
    }

    [Test]
    public void Markdown_ShowsKeyChangesFirst()
    {
        var markdown = ComparisonRenderer.Render(Flagged(), ComparisonFormat.Markdown);

        var key = markdown.IndexOf("## Key changes", StringComparison.Ordinal);
        Assert.That(key, Is.GreaterThan(0));
        Assert.That(key, Is.LessThan(markdown.IndexOf("## Changes by section", StringComparison.Ordinal)));
        Assert.That(markdown, Does.Contain("- **number:** 40 → 65 (protesters) _(in c. Torture)_"));
        Assert.That(markdown, Does.Contain("_\\[number\\]_"));
    }

    [Test]
    public void Html_ShowsKeyChangesLinkedToRowsThatCarryTheSameIdsAsTheComparePage()
    {
        var comparison = Flagged();

        var html = ComparisonRenderer.Render(comparison, ComparisonFormat.Html, new RenderOptions(ChangesOnly: true));

        var anchor = ComparisonAnchors.Assign(comparison).Sentence(0, 1);
        Assert.That(html.IndexOf("Key changes", StringComparison.Ordinal), Is.LessThan(html.IndexOf("<table>", StringComparison.Ordinal)));
        Assert.That(html, Does.Contain($"<a href=\"#{anchor}\">c. Torture</a>"));
        Assert.That(html, Does.Contain($"<tr id=\"{anchor}\""));
        Assert.That(html, Does.Contain("<span class=\"flag\" title=\"40 → 65 (protesters)\">number</span>"));
    }

    /// <summary>The rendering sample with hand-set flags (the rules are tested elsewhere): a number on the protesters row, a section flag on 1.c.</summary>
    private static EditionComparison Flagged()
    {
        var comparison = RenderingSamples.Comparison();
        var torture = comparison.Sections[0];
        Assert.That(torture.Sentences[1].New, Does.Contain("65 protesters"), "the sample's second row of 1.c");
        var number = new ChangeFlag(FlagKind.Number, 0.875, NumberExplanation);
        var section = new ChangeFlag(FlagKind.Section, 0.5, "section rewritten");
        var sentences = comparison.Sections.Select(s => s.Sentences.Select(r => r with { Flags = [] }).ToImmutableArray()).ToArray();
        sentences[0] = sentences[0].SetItem(1, sentences[0][1] with { Flags = [number] });
        var sections = comparison.Sections.Select((s, i) => s with { Sentences = sentences[i], Flags = i == 0 ? [section] : [] }).ToImmutableArray();
        var summary = new ComparisonSummary("1 number changed.", [new KeyChange(number, torture.New!, 0, 1), new KeyChange(section, torture.New!, 0, null)]);
        return comparison with { Sections = sections, Summary = summary };
    }
}
