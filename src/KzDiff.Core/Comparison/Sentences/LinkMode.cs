namespace KzDiff.Core.Comparison.Sentences;

/// <summary>How a sentence was linked to its counterpart.</summary>
internal enum LinkMode : byte
{
    /// <summary>Not linked: added or removed.</summary>
    Free,

    /// <summary>Linked inside an aligned section pair, in order.</summary>
    InPair,

    /// <summary>Linked to a sentence elsewhere: a move.</summary>
    Moved,
}
