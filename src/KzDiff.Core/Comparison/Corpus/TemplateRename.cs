namespace KzDiff.Core.Comparison.Corpus;

/// <summary>An old title that other reports of the same years renamed to a new one.</summary>
/// <param name="OldTitle">The title as one report printed it.</param>
/// <param name="NewTitle">The new title as one report printed it.</param>
/// <param name="Reports">Reports that made the rename.</param>
/// <param name="Carriers">Reports whose two editions carry both titles (the old one gone in the new edition).</param>
public sealed record TemplateRename(string OldTitle, string NewTitle, int Reports, int Carriers)
{
    /// <summary>The phrase in a pair's evidence.</summary>
    public string Explanation => $"renamed the same way in {Reports} of {Carriers} reports";
}
