using System.Collections.Immutable;
using KzDiff.Service.Lineage;

namespace KzDiff.Web.Pages.History;

/// <summary>Geometry of the server-rendered bar chart of a section's length per year.</summary>
public sealed record LengthChart(ImmutableArray<LengthChart.YearBar> Bars, int Width, int Height, int MaxWords)
{
    public const int PlotTop = 24;
    public const int PlotBottom = 28;

    public static LengthChart For(IReadOnlyList<SectionHistoryEntry> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        const int slot = 64;
        const int height = 200;
        var width = Math.Max(280, years.Count * slot + 16);
        var left = (width - years.Count * slot) / 2;
        var max = Math.Max(1, years.Count == 0 ? 1 : years.Max(y => y.Words));
        var plot = height - PlotTop - PlotBottom;
        var bars = years.Select((y, i) =>
        {
            var barHeight = (int)Math.Round((double)y.Words / max * plot);
            return new YearBar(y.Year, y.Words, left + i * slot + 12, height - PlotBottom - barHeight, slot - 24, barHeight);
        });
        return new LengthChart([.. bars], width, height, max);
    }

    /// <summary>One year's bar; coordinates in SVG user units.</summary>
    public sealed record YearBar(int Year, int Words, int X, int Y, int BarWidth, int BarHeight)
    {
        public int CenterX => X + BarWidth / 2;
    }
}
