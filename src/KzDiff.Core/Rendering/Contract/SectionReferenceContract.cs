using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>A section of one edition as a comparison row names it.</summary>
public sealed record SectionReferenceContract
{
    public required string Path { get; init; }

    public required string Title { get; init; }

    public static SectionReferenceContract? From(SectionReference? reference) =>
        reference is null ? null : new SectionReferenceContract { Path = reference.Path, Title = reference.Title };

    public SectionReference ToReference() => new(Path, Title);
}
