using System.Globalization;
using System.Text;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>Renders a comparison in any <see cref="ComparisonFormat"/>; the one switch the CLI, API and UI share.</summary>
public static class ComparisonRenderer
{
    public static string Render(EditionComparison comparison, ComparisonFormat format, RenderOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(comparison, format, writer, options);
        return writer.ToString();
    }

    public static void Render(EditionComparison comparison, ComparisonFormat format, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        options ??= RenderOptions.Default;
        switch (format)
        {
            case ComparisonFormat.Json:
                writer.Write(ComparisonJson.Write(ComparisonFilter.Apply(comparison, options)));
                writer.WriteLine();
                break;
            case ComparisonFormat.Html:
                ComparisonHtml.Render(comparison, writer, options);
                break;
            case ComparisonFormat.Markdown:
                ComparisonMarkdown.Render(comparison, writer, options);
                break;
            default:
                ComparisonText.Render(comparison, writer, options);
                break;
        }
    }

    /// <summary>The media type of a format, for HTTP responses and downloads.</summary>
    public static string ContentType(ComparisonFormat format) => format switch
    {
        ComparisonFormat.Json => "application/json; charset=utf-8",
        ComparisonFormat.Html => "text/html; charset=utf-8",
        ComparisonFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
