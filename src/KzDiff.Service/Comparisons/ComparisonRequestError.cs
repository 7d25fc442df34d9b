namespace KzDiff.Service.Comparisons;

/// <summary>Why a comparison request was refused; the API maps these to 400 and 404.</summary>
public enum ComparisonRequestError
{
    None,

    /// <summary>From and to are the same year, or from is after to.</summary>
    InvalidYears,

    /// <summary>No edition of the country is stored.</summary>
    UnknownCountry,

    /// <summary>The country is stored, but not for one of the years.</summary>
    EditionNotStored,

    /// <summary>The watch terms sent with the request are unusable (too many, too long, empty).</summary>
    InvalidTerms,
}
