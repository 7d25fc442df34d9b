namespace KzDiff.Service.Editions;

/// <summary>Progress of a multi-edition import: <paramref name="Done"/> of <paramref name="Total"/>, the last one finished.</summary>
public sealed record ImportProgress(int Done, int Total, ImportResult Last);
