namespace KzDiff.Core.Tests.Comparison;

/// <summary>One applied edit and what a comparison must report for it.</summary>
/// <param name="Kind">The edit.</param>
/// <param name="Old">The sentence before the edit (null for an insertion or a section edit).</param>
/// <param name="New">The sentence after it (for a split, both halves joined by a space).</param>
/// <param name="OldPath">The path, in the unedited edition, of the node the edit was made in.</param>
internal sealed record ExpectedEdit(EditKind Kind, string? Old, string? New, string OldPath);
