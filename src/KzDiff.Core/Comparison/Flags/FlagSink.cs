namespace KzDiff.Core.Comparison.Flags;

/// <summary>Collects the flags of one row for the rules, scores clamped to 0..1, and feeds the comparison's tally.</summary>
internal sealed class FlagSink
{
    private readonly List<ChangeFlag> _flags = [];

    public FlagSink(FlagTally tally)
    {
        Tally = tally;
    }

    public FlagTally Tally { get; }

    public int Count => _flags.Count;

    public void Add(FlagKind kind, double score, string explanation, int numbers = 0)
    {
        _flags.Add(new ChangeFlag(kind, Math.Round(Math.Clamp(score, 0.05, 1), 3), explanation));
        Tally.NumbersChanged += numbers;
    }

    /// <summary>The row's flags, highest score first; empty when none.</summary>
    public System.Collections.Immutable.ImmutableArray<ChangeFlag> Drain()
    {
        if (_flags.Count == 0)
        {
            return [];
        }

        _flags.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        var result = System.Collections.Immutable.ImmutableArray.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_flags));
        _flags.Clear();
        return result;
    }
}
