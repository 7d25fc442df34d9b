namespace KzDiff.Core.Parsing;

/// <summary>
/// Counts one parse against its <see cref="EditionParserOptions"/> and refuses the input the moment
/// a limit is passed, so that hostile input costs no more than the limit's worth of work.
/// </summary>
internal sealed class ParseBudget(EditionParserOptions limits)
{
    private int headings;
    private int sections;

    public EditionParserOptions Limits { get; } = limits;

    /// <exception cref="EditionParseException">The element at <paramref name="depth"/> is nested too deeply.</exception>
    public void CheckDepth(int depth)
    {
        if (depth > Limits.MaxNestingDepth)
        {
            throw new EditionParseException(
                $"the markup is nested more than {Limits.MaxNestingDepth:N0} elements deep; no Country Report is (limit MaxNestingDepth)");
        }
    }

    /// <exception cref="EditionParseException">This heading is one too many.</exception>
    public void CountHeading()
    {
        if (++headings > Limits.MaxHeadings)
        {
            throw new EditionParseException(
                $"the edition has more than {Limits.MaxHeadings:N0} headings; no Country Report has (limit MaxHeadings)");
        }
    }

    /// <exception cref="EditionParseException">This section is one too many.</exception>
    public void CountSection()
    {
        if (++sections > Limits.MaxSections)
        {
            throw new EditionParseException(
                $"the edition has more than {Limits.MaxSections:N0} sections; no Country Report has (limit MaxSections)");
        }
    }
}
