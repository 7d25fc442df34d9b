using System.Globalization;
using System.Text;

namespace KzDiff.Service.Corpus;

/// <summary>The corpus table as CSV: one row per template title.</summary>
public static class CorpusTableCsv
{
    public static string Write(CorpusTableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var csv = new StringBuilder();
        csv.Append("title,reports,vanished,appeared,renamed_to,vanished_in\r\n");
        foreach (var item in document.Items)
        {
            var renamed = string.Join("; ", item.RenamedTo.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Title} ({r.Countries})")));
            csv.Append(Field(item.Title))
                .Append(CultureInfo.InvariantCulture, $",{item.Countries},{item.Vanished},{item.Appeared},")
                .Append(Field(renamed)).Append(',')
                .Append(Field(string.Join(' ', item.VanishedIn)))
                .Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string value)
    {
        // A spreadsheet runs a cell starting with = + - @ as a formula: a title from an uploaded report must stay text.
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
