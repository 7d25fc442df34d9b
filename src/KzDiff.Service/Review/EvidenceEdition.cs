namespace KzDiff.Service.Review;

/// <summary>One edition of an evidence packet.</summary>
/// <param name="Year">The year the report covers.</param>
/// <param name="Revision">1 unless a corrected text was stored later.</param>
/// <param name="Sha256">Of the stored source bytes.</param>
/// <param name="Source">The file name or address it was imported from.</param>
/// <param name="Address">The report's address on state.gov.</param>
/// <param name="AddressFromPage">True when the page itself names <paramref name="Address"/> (its canonical link, or the address it was fetched from); false when built from the country and year by state.gov's pattern.</param>
public sealed record EvidenceEdition(int Year, int Revision, string Sha256, string Source, string Address, bool AddressFromPage);
