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
        Assert.That(text, Does.Contain("< moved from 1.c: Prison conditions"));
    }

    [Test]
    public void Render_Colours_WhenAsked()
    {
        var text = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Text, new RenderOptions(Color: true));

        Assert.That(text, Does.Contain("\u001b[31m[-40-]\u001b[0m"));
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
