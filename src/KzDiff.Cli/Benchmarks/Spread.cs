namespace KzDiff.Cli.Benchmarks;

/// <summary>The median of a set of figures and how far they spread: quartiles and extremes.</summary>
internal sealed record Spread(double Median, double LowerQuartile, double UpperQuartile, double Min, double Max)
{
    public static Spread Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("no figures to spread", nameof(values));
        }

        var sorted = values.Order().ToArray();
        return new Spread(Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted[0], sorted[^1]);
    }

    /// <summary>Linear between the two nearest ranks, as most statistics tools do.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
