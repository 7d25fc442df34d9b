using System.Text.Encodings.Web;
using KzDiff.Web.Pages.Compare;

namespace KzDiff.Web.Tests.Pages.Compare;

public sealed class PiecesHtmlTests
{
    [Test]
    public void WriteTo_EncodesReportText_WhenItIsMarkup()
    {
        var html = Render(
            new("<script>alert(1)</script>", PieceStyle.Deleted, false),
            new("<img src=x onerror=alert(2)>", PieceStyle.Inserted, true));

        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img"));
        Assert.That(html, Is.EqualTo("<del>&lt;script&gt;alert(1)&lt;/script&gt;</del><ins><mark>&lt;img src=x onerror=alert(2)&gt;</mark></ins>"));
    }

    [Test]
    public void WriteTo_KeepsEdgeSpacesOutsideEdits_WithoutLosingThem()
    {
        var html = Render(new("torture", PieceStyle.Plain, false), new(" and mistreatment ", PieceStyle.Inserted, false), new("in", PieceStyle.Plain, false));

        Assert.That(html, Is.EqualTo("torture <ins>and mistreatment</ins> in"));
    }

    private static string Render(params TextPiece[] pieces)
    {
        using var writer = new StringWriter();
        new PiecesHtml([.. pieces]).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
