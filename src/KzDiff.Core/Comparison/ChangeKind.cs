namespace KzDiff.Core.Comparison;

/// <summary>How much a sentence-level change matters to a reader.</summary>
public enum ChangeKind
{
    /// <summary>No change at all (unchanged sentences).</summary>
    None,

    /// <summary>Whitespace, quotes, dashes, hyphenation, words joined by PDF extraction: not counted as a change.</summary>
    Formatting,

    /// <summary>Only a year or a date rolled forward ("In 2018" to "In 2019").</summary>
    Routine,

    /// <summary>Everything else.</summary>
    Substantive,
}
