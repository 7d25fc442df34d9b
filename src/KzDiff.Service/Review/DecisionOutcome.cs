namespace KzDiff.Service.Review;

/// <summary>How a decision request ended.</summary>
public enum DecisionOutcome
{
    /// <summary>Stored as the flag's new version.</summary>
    Decided,

    /// <summary>Someone decided first: the expected version is no longer the flag's version.</summary>
    Conflict,

    /// <summary>No stored comparison has a flag with this id.</summary>
    UnknownFlag,

    /// <summary>The state, note or version is not acceptable.</summary>
    Invalid,
}
