using System.Text;

namespace KzDiff.Core.Tests.Parsing;

/// <summary>
/// Generated inputs of the shapes a probe of the service sent: a state.gov-like page whose report
/// body is nested or repeated far beyond anything a real report does.
/// </summary>
internal static class HostilePages
{
    private const string Head =
        "<!DOCTYPE html><html><head><title>Veloria - United States Department of State</title></head><body>"
        + "<h1>2023 Country Reports on Human Rights Practices: Veloria</h1>"
        + "<div id=\"report_content\"><section class=\"report__content__inner\"><h2>Executive Summary</h2><p>Veloria is a republic.</p>";

    private const string Tail = "</section></div></body></html>";

    /// <summary>One paragraph inside <paramref name="depth"/> nested, closed <c>div</c>s.</summary>
    public static byte[] NestedDivs(int depth) =>
        Page(string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)));

    /// <summary><paramref name="count"/> h3 headings, each with a short paragraph.</summary>
    public static byte[] Headings(int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append("<h3>Heading ").Append(i).Append("</h3><p>Text ").Append(i).Append(".</p>");
        }

        return Page(body.ToString());
    }

    /// <summary><paramref name="count"/> paragraphs that each open with an emphasised run-in heading: one section each.</summary>
    public static byte[] RunInParagraphs(int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append("<p><strong>Prison Conditions:</strong> Text ").Append(i).Append(".</p>");
        }

        return Page(body.ToString());
    }

    /// <summary>A plain-text edition with <paramref name="count"/> Title-Case heading lines.</summary>
    public static byte[] TextHeadings(int count)
    {
        var text = new StringBuilder("VELORIA 2023 HUMAN RIGHTS REPORT\nExecutive Summary\nVeloria is a republic.\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("Prison Conditions\nText ").Append(i).Append(".\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Page(string body) => Encoding.UTF8.GetBytes(Head + body + Tail);
}
