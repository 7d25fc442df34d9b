namespace KzDiff.Core.Rendering;

/// <summary>
/// What a run of <see cref="ComparisonText"/> output shows, for a front end that colours it (the
/// CLI on a terminal). Core itself writes plain text: the symbols (+, -, ~, [-…-], {+…+}) carry
/// the meaning without colour.
/// </summary>
public enum TextTone
{
    Plain,

    /// <summary>The first line: which editions are compared.</summary>
    Title,

    /// <summary>A section's heading line.</summary>
    Heading,

    Unchanged,

    /// <summary>An added sentence, or words inserted into a changed one.</summary>
    Added,

    /// <summary>A removed sentence, or words deleted from a changed one.</summary>
    Removed,

    /// <summary>The "moved to" / "moved from" label of a moved sentence.</summary>
    Moved,
}
