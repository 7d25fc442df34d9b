using System.Globalization;
using System.Text;

namespace KzDiff.Service.Trends;

/// <summary>A trends answer as CSV: one row per year, a count and a rate column per term.</summary>
public static class TrendCsv
{
    public static string Write(TrendReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.Append("year,reports,words");
        foreach (var term in report.Terms)
        {
            csv.Append(',').Append(Field(term)).Append(',').Append(Field(term + " per 100k words"));
        }

        csv.Append("\r\n");
        foreach (var year in report.Years)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{year.Year},{year.Reports},{year.Words}");
            foreach (var term in report.Terms)
            {
                csv.Append(CultureInfo.InvariantCulture, $",{year.Counts[term]},{year.Rates[term].ToString("0.##", CultureInfo.InvariantCulture)}");
            }

            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string value)
    {
        // A spreadsheet runs a cell starting with = + - @ as a formula: a term typed by anyone must stay text.
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
