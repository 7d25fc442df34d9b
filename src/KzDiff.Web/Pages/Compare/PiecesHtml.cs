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
            if (tag is null)
            {
                Write(writer, encoder, piece.Text, piece.Match);
                continue;
            }

            // Spaces at the edges of an edit stay outside the mark, so underlines and strikes cover words only.
            var text = piece.Text;
            var core = text.Trim();
            if (core.Length == 0)
            {
                Write(writer, encoder, text, piece.Match);
                continue;
            }

            var start = text.IndexOf(core, StringComparison.Ordinal);
            Write(writer, encoder, text[..start], false);
            writer.Write('<');
            writer.Write(tag);
            writer.Write('>');
            Write(writer, encoder, core, piece.Match);
            writer.Write("</");
            writer.Write(tag);
            writer.Write('>');
            Write(writer, encoder, text[(start + core.Length)..], false);
        }
    }

    private static void Write(TextWriter writer, HtmlEncoder encoder, string text, bool match)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (match)
        {
            writer.Write("<mark>");
        }

        encoder.Encode(writer, text);
        if (match)
        {
            writer.Write("</mark>");
        }
    }
}
