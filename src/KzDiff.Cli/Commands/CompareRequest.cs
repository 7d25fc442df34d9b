using KzDiff.Core.Rendering;

namespace KzDiff.Cli.Commands;

/// <summary>The arguments of <c>kzdiff compare</c>, parsed.</summary>
internal sealed record CompareRequest(string Old, string New, ComparisonFormat Format, bool ChangesOnly, string? Section, string? Output);
