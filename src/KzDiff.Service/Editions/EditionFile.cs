namespace KzDiff.Service.Editions;

/// <summary>An edition file to import: where it is read from, and the name it is stored and reported under.</summary>
public sealed record EditionFile(string Path, string Name);
