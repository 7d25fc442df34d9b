using System.Collections.Immutable;

namespace KzDiff.Web.Ui;

/// <summary>One section followed through every stored year of a country, oldest first.</summary>
public sealed record SectionHistory(string CountryKey, string CountryName, string LineageId, ImmutableArray<SectionHistoryYear> Years);
