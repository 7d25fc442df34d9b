using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

public sealed class ComparisonMarkdownTests
{
    [Test]
    public void Render_QuotesSubstantiveChanges_WithBoldInsertionsAndStruckDeletions()
    {
        var markdown = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Markdown);

        Assert.That(markdown, Does.Contain("Police detained ~~40~~**65** protesters"));
        Assert.That(markdown, Does.Contain("- **Removed:**"));
        Assert.That(markdown, Does.Contain("- **Added:**"));
        Assert.That(markdown, Does.Contain("- **Renamed:** 2.a Freedom of Speech → 2.a Freedom of Expression"));
    }

    [Test]
    public void Render_CountsRoutineAndFormattingChanges_InsteadOfListingThem()
    {
        var markdown = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Markdown);

        Assert.That(markdown, Does.Contain("Also 1 routine update (dates rolled forward) and 1 formatting-only change"));
        Assert.That(markdown, Does.Not.Contain("In 2019 the government registered"));
    }

    [Test]
    public void Render_EscapesMarkupInReportText()
    {
        var markdown = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Markdown, new RenderOptions(Section: "2.a"));

        Assert.That(markdown, Does.Not.Contain("<script>"));
        Assert.That(markdown, Does.Not.Contain("<img"));
    }
}
