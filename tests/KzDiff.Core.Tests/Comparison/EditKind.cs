namespace KzDiff.Core.Tests.Comparison;

internal enum EditKind
{
    MoveWithinSection,
    MoveAcrossSections,
    Reword,
    ChangeNumber,
    Delete,
    Insert,
    Split,
    RenameSection,
    MoveSubsection,
}
