namespace KzDiff.Web.Pages.Compare;

/// <summary>A section marker that reads as a symbol and a word, so colour is never the only cue.</summary>
/// <param name="Code">Short machine name, also the CSS modifier ("added").</param>
/// <param name="Symbol">One-character symbol shown before the label.</param>
/// <param name="Label">The word a reader sees.</param>
public sealed record SectionBadge(string Code, string Symbol, string Label);
