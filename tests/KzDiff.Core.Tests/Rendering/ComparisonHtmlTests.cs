using KzDiff.Core.Rendering;

namespace KzDiff.Core.Tests.Rendering;

public sealed class ComparisonHtmlTests
{
    [Test]
    public void Render_EncodesReportText_SoScriptAndHandlersStayInert()
    {
        var html = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Html);

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(html, Does.Not.Contain("href=\"javascript:"));
    }

    [Test]
    public void Render_IsOneSelfContainedSideBySidePage()
    {
        var html = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Html);

        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Not.Contain("<link").And.Not.Contain(" src=\"").And.Not.Contain("@import"));
        Assert.That(html, Does.Contain("<td class=\"old\">").And.Contain("<td class=\"new\">"));
        Assert.That(html, Does.Contain("<del>12</del>").Or.Contain("<del>40</del>"));
        Assert.That(html, Does.Contain("<ins>65</ins>"));
    }

    [Test]
    public void Render_LinksBothEndsOfAMoveByItsId()
    {
        var html = ComparisonRenderer.Render(RenderingSamples.Comparison(), ComparisonFormat.Html);

        Assert.That(html, Does.Contain("id=\"m1-out\"").And.Contain("href=\"#m1-in\""));
        Assert.That(html, Does.Contain("id=\"m1-in\"").And.Contain("href=\"#m1-out\""));
        Assert.That(html, Does.Contain("moved from 1.c Torture (2018 numbering)").And.Contain("moved to 2.a Freedom of Expression (2019 numbering)"));
    }
}
