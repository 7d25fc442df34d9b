namespace KzDiff.Core.Comparison.Flags;

/// <summary>What a word of report text looks like, which decides the rules that can read it.</summary>
internal enum TokenShape : byte
{
    /// <summary>Starts with a lower-case letter.</summary>
    Lower,

    /// <summary>Starts with a capital, not all capitals ("Nazarbayev", "Law").</summary>
    Capitalised,

    /// <summary>Two or more capitals and no lower-case letter ("KNB", "OSCE").</summary>
    Acronym,

    /// <summary>Digits, possibly with separators ("3,868", "1.8").</summary>
    Number,
}
