namespace KzDiff.Web.Ui;

/// <summary>One stored edition as the editions grid shows it.</summary>
/// <param name="CountryKey">Normalised country key ("kazakhstan").</param>
/// <param name="CountryName">The country as the latest edition prints it.</param>
/// <param name="Year">The year the report covers.</param>
/// <param name="Revisions">How many different texts were imported for this country and year.</param>
/// <param name="ImportStatus">Short state of the latest import ("imported", "failed: ...").</param>
public sealed record StoredEditionRow(string CountryKey, string CountryName, int Year, int Revisions, string ImportStatus);
