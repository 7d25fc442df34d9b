namespace KzDiff.Core.Comparison.Text;

/// <summary>
/// A run of consecutive deletions and insertions between two equal runs of a word diff: the
/// unit a reader sees as "this was replaced by that". Offsets are into the full old and new sentences.
/// </summary>
internal readonly record struct EditHunk(int OldStart, int OldEnd, int NewStart, int NewEnd)
{
    public bool HasOld => OldEnd > OldStart;

    public bool HasNew => NewEnd > NewStart;
}
