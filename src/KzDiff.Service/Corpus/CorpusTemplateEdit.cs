namespace KzDiff.Service.Corpus;

/// <summary>A sentence edit many reports of the two years made alike ("of persons [-lgbti +lgbtqi+] and").</summary>
/// <param name="Edit">The edit with the words around it, case folded: [-removed +inserted].</param>
/// <param name="Countries">Reports making it.</param>
public sealed record CorpusTemplateEdit(string Edit, int Countries);
