namespace KzDiff.Core.Comparison.Flags;

/// <summary>Running counts over a comparison's flags, for the summary's sentence of totals.</summary>
internal sealed class FlagTally
{
    /// <summary>Numbers that changed, appeared or vanished in edited sentences.</summary>
    public int NumbersChanged { get; set; }

    /// <summary>Edited statements that now claim less (a weaker quantifier, an intensity word dropped).</summary>
    public int Softened { get; set; }

    /// <summary>Edited statements that now claim more.</summary>
    public int Strengthened { get; set; }

    /// <summary>Negations or directions flipped.</summary>
    public int Flipped { get; set; }

    /// <summary>Names no longer mentioned anywhere in the newer edition.</summary>
    public HashSet<string> NamesDropped { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names first mentioned in the newer edition.</summary>
    public HashSet<string> NamesAdded { get; } = new(StringComparer.OrdinalIgnoreCase);
}
