namespace KzDiff.Service.Trends;

/// <summary>A sentence holding a term, with where it stands.</summary>
public sealed record TermSentence(string Country, string CountryName, int Year, string Section, string SectionTitle, string Sentence);
