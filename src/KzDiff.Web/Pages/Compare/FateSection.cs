namespace KzDiff.Web.Pages.Compare;

/// <summary>A section a <see cref="SectionFate"/> names, with the element id to link to when it is on the page.</summary>
/// <param name="Name">A name that places it ("1.d › Pretrial Detention").</param>
/// <param name="Anchor">Id of its block on the page; null when linking would lead back to the same block.</param>
public sealed record FateSection(string Name, string? Anchor);
