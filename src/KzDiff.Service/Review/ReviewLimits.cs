namespace KzDiff.Service.Review;

/// <summary>Limits on what a review request may carry.</summary>
public static class ReviewLimits
{
    /// <summary>Longest note with a decision: a paragraph or two, not a document.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Most flags on one page of the queue.</summary>
    public const int MaxPageSize = 200;

    public const int DefaultPageSize = 25;

    /// <summary>Longest section filter (a path or words of a title).</summary>
    public const int MaxSectionFilterLength = 300;
}
