using System.Collections.Immutable;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Writes text pieces as HTML with no whitespace between them: a Razor loop would put the
/// template's line breaks into the sentence. Every piece of report text goes through the page's
/// <see cref="HtmlEncoder"/>; only the tags around it are literal.
/// </summary>
public sealed class PiecesHtml(ImmutableArray<TextPiece> pieces) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        foreach (var piece in pieces)
        {
            var tag = piece.Style switch
            {
                PieceStyle.Inserted => "ins",
                PieceStyle.Deleted => "del",
                _ => null,
            };
            if (tag is not null)
            {
                writer.Write('<');
                writer.Write(tag);
                writer.Write('>');
            }

            if (piece.Match)
            {
                writer.Write("<mark>");
            }

            encoder.Encode(writer, piece.Text);
            if (piece.Match)
            {
                writer.Write("</mark>");
            }

            if (tag is not null)
            {
                writer.Write("</");
                writer.Write(tag);
                writer.Write('>');
            }
        }
    }
}
