using System.Collections.Immutable;
using System.Globalization;
using KzDiff.Service.Trends;

namespace KzDiff.Web.Pages.Trends;

/// <summary>Geometry of the server-rendered bar chart of one term's rate per 100,000 words per year.</summary>
public sealed record TermChart(string Term, ImmutableArray<TermChart.TermBar> Bars, int Width, int Height)
{
    public const int PlotTop = 24;
    public const int PlotBottom = 28;

    /// <summary>Text alternative: every year's rate and count.</summary>
    public string Description => string.Join("; ", Bars.Select(b => $"{b.Year}: {b.RateLabel} per 100,000 words ({b.Count:N0} occurrences)"));

    public static TermChart For(string term, IReadOnlyList<TrendYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        const int slot = 64;
        const int height = 200;
        var width = Math.Max(280, years.Count * slot + 16);
        var left = (width - years.Count * slot) / 2;
        var max = years.Count == 0 ? 0 : years.Max(y => y.Rates[term]);
        var plot = height - PlotTop - PlotBottom;
        var bars = years.Select((y, i) =>
        {
            var rate = y.Rates[term];
            var barHeight = max <= 0 ? 0 : (int)Math.Round(rate / max * plot);
            return new TermBar(y.Year, y.Counts[term], rate, left + i * slot + 12, height - PlotBottom - barHeight, slot - 24, barHeight);
        });
        return new TermChart(term, [.. bars], width, height);
    }

    /// <summary>One year's bar; coordinates in SVG user units.</summary>
    public sealed record TermBar(int Year, long Count, double Rate, int X, int Y, int BarWidth, int BarHeight)
    {
        public int CenterX => X + BarWidth / 2;

        public string RateLabel => Rate.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
