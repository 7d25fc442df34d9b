namespace KzDiff.Service.Trends;

/// <summary>The text of one section and everything below it, as a range of <see cref="EditionText.Text"/>.</summary>
/// <param name="Path">The node's path ("1.c/prison-and-detention-center-conditions").</param>
/// <param name="Key">The node's normalised title ("prison-and-detention-center-conditions").</param>
/// <param name="Title">The node's title as printed.</param>
/// <param name="Start">First character of the subtree's text.</param>
/// <param name="End">One past the last character of the subtree's text.</param>
/// <param name="Words">Whitespace-separated words of the subtree's text.</param>
public sealed record TextSpan(string Path, string Key, string Title, int Start, int End, int Words);
