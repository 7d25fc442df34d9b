using KzDiff.Core.Editions;

namespace KzDiff.Service.Editions;

/// <summary>
/// A stored tree node. Everything may be missing in a damaged row, so everything is nullable
/// here and <see cref="StoredEditionJson"/> decides what a missing part means.
/// </summary>
/// <param name="Paragraphs">The node's own text, one list of sentences per paragraph.</param>
public sealed record StoredSectionNode(
    string? Title,
    string? Key,
    string? Path,
    SectionLevel Level,
    string? Number,
    IReadOnlyList<IReadOnlyList<string>>? Paragraphs,
    IReadOnlyList<StoredSectionNode>? Children);
