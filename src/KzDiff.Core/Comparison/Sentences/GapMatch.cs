namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// A similarity match found between anchors: one old and one new sentence, or one old split
/// into two new (<see cref="NewCount"/> = 2), or two old merged into one new (<see cref="OldCount"/> = 2).
/// Indexes are positions in the edition's sentence list.
/// </summary>
internal readonly record struct GapMatch(int Old, int New, int OldCount, int NewCount);
