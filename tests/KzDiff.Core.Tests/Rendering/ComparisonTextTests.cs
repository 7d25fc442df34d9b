using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

public sealed class ComparisonTextTests
{
    [Test]
    public void Render_WritesNoEscapeCodes_WhenColourIsOff()
    {
        var text = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Text);

        Assert.That(text, Does.Not.Contain("\u001b["));
        Assert.That(text, Does.Contain("~ Police detained [-40-]{+65+} protesters"));
        Assert.That(text, Does.Contain("< moved from 1.c Torture (2018 numbering): Prison conditions"));
    }

    [Test]
    public void Lines_TagsEachRunWithWhatItShows_SoAFrontEndCanColourIt()
    {
        var lines = ComparisonText.Lines(RenderingSamples.Comparison()).ToList();

        var modified = lines.Single(line => line.Any(run => run.Text == "[-40-]"));
        Assert.Multiple(() =>
        {
            Assert.That(lines[0].Single().Tone, Is.EqualTo(TextTone.Title));
            Assert.That(modified[0], Is.EqualTo(new TextRun("~ ", TextTone.Plain)));
            Assert.That(modified.Single(run => run.Text == "[-40-]").Tone, Is.EqualTo(TextTone.Removed));
            Assert.That(modified.Single(run => run.Text == "{+65+}").Tone, Is.EqualTo(TextTone.Added));
            Assert.That(lines.Where(line => line.Length > 0 && line[0].Text.StartsWith("< moved from", StringComparison.Ordinal)).Select(line => line[0].Tone), Is.EqualTo(new[] { TextTone.Moved }));
            Assert.That(lines.Where(line => line.Length > 0 && line[0].Text.StartsWith("== ", StringComparison.Ordinal)).Select(line => line.Single().Tone), Is.Not.Empty.And.All.EqualTo(TextTone.Heading));
        });
    }

    [Test]
    public void Render_WritesTheLinesText_RunAfterRun()
    {
        var comparison = RenderingSamples.Comparison();

        var text = ComparisonRenderer.Render(comparison, ComparisonFormat.Text);

        var expected = string.Concat(ComparisonText.Lines(comparison).Select(line => string.Concat(line.Select(run => run.Text)) + Environment.NewLine));
        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void Filter_KeepsOnlyChangesOfTheChosenSection_WhenBothOptionsAreSet()
    {
        var filtered = ComparisonFilter.Apply(RenderingSamples.Comparison(), new RenderOptions(ChangesOnly: true, Section: "torture"));

        Assert.That(filtered.Sections.Select(s => s.Old!.Path), Is.EqualTo(new[] { "1.c" }));
        Assert.That(filtered.Sections.Single().Sentences.Select(r => r.Status), Has.None.EqualTo(SentenceStatus.Unchanged));
        Assert.That(filtered.Sections.Single().Sentences.Select(r => r.Kind), Has.None.EqualTo(ChangeKind.Formatting));
    }
}
