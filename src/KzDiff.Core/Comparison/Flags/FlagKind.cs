namespace KzDiff.Core.Comparison.Flags;

/// <summary>Why a change may matter to a reader.</summary>
public enum FlagKind
{
    /// <summary>A count, percentage, amount or range changed, appeared or vanished (a year rolled forward alone is not one).</summary>
    Number,

    /// <summary>A vague quantifier or intensity word changed ("thousands" → "many", "significant" dropped).</summary>
    Quantity,

    /// <summary>Negation or direction flipped ("no reports" → "one report", "increased" → "decreased").</summary>
    Polarity,

    /// <summary>Who says it or how sure it is changed ("credible reports", "allegedly", "according to ...").</summary>
    Attribution,

    /// <summary>A watched term appears in added, removed or changed text.</summary>
    Term,

    /// <summary>A named person, organisation, place or law is no longer mentioned anywhere, or newly mentioned.</summary>
    Entity,

    /// <summary>A section was removed, renamed, merged or split.</summary>
    Section,
}
