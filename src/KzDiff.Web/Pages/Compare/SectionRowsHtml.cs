using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KzDiff.Web.Pages.Compare;

/// <summary>A section's side-by-side table, the same whether the page carries it or the script fetches it.</summary>
/// <param name="block">The section after filtering.</param>
/// <param name="oldYear">Year of the old edition, the first column's header.</param>
/// <param name="newYear">Year of the new edition, the second column's header.</param>
/// <param name="runAddress">Where folded runs fetch their text (<see cref="RowsHtml"/>).</param>
public sealed class SectionRowsHtml(SectionBlock block, int oldYear, int newYear, string runAddress) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        if (block.Rows.Length == 0)
        {
            return;
        }

        writer.Write("<table class=\"sbs\"><thead class=\"sr-only\"><tr><th scope=\"col\">");
        writer.Write(oldYear.ToString(CultureInfo.InvariantCulture));
        writer.Write("</th><th scope=\"col\">");
        writer.Write(newYear.ToString(CultureInfo.InvariantCulture));
        writer.Write("</th></tr></thead><tbody>");
        new RowsHtml(block.Rows, block.Anchor, runAddress).WriteTo(writer, encoder);
        writer.Write("</tbody></table>");
    }
}
