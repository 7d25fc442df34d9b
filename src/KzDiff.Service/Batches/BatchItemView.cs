using KzDiff.Service.Storage;

namespace KzDiff.Service.Batches;

/// <summary>One country's comparison in a batch.</summary>
public sealed record BatchItemView(string Country, Guid ComparisonId, ComparisonState Status, int Progress, string? Error);
