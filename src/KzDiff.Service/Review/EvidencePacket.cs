namespace KzDiff.Service.Review;

/// <summary>The confirmed flags of one comparison, ready to cite: what each edition says, where, and who confirmed it.</summary>
/// <param name="Country">The country key.</param>
/// <param name="CountryName">The country as the newer edition prints it.</param>
/// <param name="ComparisonId">The stored comparison.</param>
/// <param name="EngineVersion">The engine (and term set) that found the flags.</param>
/// <param name="GeneratedAt">UTC.</param>
/// <param name="Old">The older edition.</param>
/// <param name="New">The newer edition.</param>
/// <param name="Items">The confirmed flags, most significant first.</param>
public sealed record EvidencePacket(
    string Country,
    string CountryName,
    Guid ComparisonId,
    string EngineVersion,
    DateTime GeneratedAt,
    EvidenceEdition Old,
    EvidenceEdition New,
    IReadOnlyList<EvidenceItem> Items);
