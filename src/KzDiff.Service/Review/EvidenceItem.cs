namespace KzDiff.Service.Review;

/// <summary>One confirmed flag in an evidence packet.</summary>
/// <param name="FlagId">The flag's content-derived id.</param>
/// <param name="Kind">"number", "quantity", ...</param>
/// <param name="Score">0..1.</param>
/// <param name="Explanation">What triggered the flag.</param>
/// <param name="OldSection">Path and title in the older edition, or null for an added section.</param>
/// <param name="NewSection">Path and title in the newer edition, or null for a removed section.</param>
/// <param name="OldQuote">The older edition's sentence, or null.</param>
/// <param name="NewQuote">The newer edition's sentence, or null.</param>
/// <param name="ComparePath">The row on the compare page (a path on this service with its fragment).</param>
/// <param name="ConfirmedBy">Who confirmed it (the latest decision).</param>
/// <param name="ConfirmedAt">UTC.</param>
/// <param name="Notes">Every decision on the flag with its note, oldest first.</param>
public sealed record EvidenceItem(
    string FlagId,
    string Kind,
    double Score,
    string Explanation,
    EvidenceSection? OldSection,
    EvidenceSection? NewSection,
    string? OldQuote,
    string? NewQuote,
    string ComparePath,
    string ConfirmedBy,
    DateTime ConfirmedAt,
    IReadOnlyList<EvidenceNote> Notes);
