namespace KzDiff.Web.Pages.Compare;

/// <summary>One end of a moved sentence as a row shows it.</summary>
/// <param name="Id">The engine's move id, the same on both ends; null in results stored before move ids.</param>
/// <param name="Departure">The row the sentence left (a short link); otherwise the row where it arrived (with its edits).</param>
/// <param name="Where">"moved to 3.a Arbitrary Arrest (2024 numbering)", "moved here from further up in this section".</param>
/// <param name="OtherEnd">Fragment of the other end ("#c-1a2b3c4d5e") or of its section; null when not on the page.</param>
/// <param name="Reorder">Both ends are in this section: the sentence only changed place in it.</param>
public sealed record MoveEnd(string? Id, bool Departure, string Where, string? OtherEnd, bool Reorder);
