namespace KzDiff.Web.Pages.Compare;

/// <summary>A section the outline map points at: its short name and its block on the page.</summary>
public sealed record OutlineLink(string Name, string Anchor);
