using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Commands;

/// <summary>The arguments of <c>kzdiff compare</c>, parsed.</summary>
/// <param name="Terms">Watched terms to flag instead of the defaults; null for the defaults.</param>
internal sealed record CompareRequest(string Old, string New, ComparisonFormat Format, bool ChangesOnly, string? Section, string? Output, IReadOnlyList<string>? Terms = null);
