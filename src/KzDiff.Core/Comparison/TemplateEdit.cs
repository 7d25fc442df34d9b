namespace KzDiff.Core.Comparison;

/// <summary>
/// A sentence edit the template made rather than the country's authors: the same words changed
/// the same way in <paramref name="Countries"/> other reports of the same years ("LGBTI" →
/// "LGBTQI+"). Readers filter these out like routine changes.
/// </summary>
/// <param name="Countries">Other reports of the same years making the same edit.</param>
public sealed record TemplateEdit(int Countries);
