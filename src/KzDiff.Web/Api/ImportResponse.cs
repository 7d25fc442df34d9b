using System.Globalization;
using KzDiff.Service.Editions;

namespace KzDiff.Web.Api;

/// <summary>Answer to an upload: what happened (imported, newRevision, unchanged), the stored edition, and a sentence saying so.</summary>
public sealed record ImportResponse(ImportOutcome Outcome, EditionSummary Edition, string Message)
{
    public static ImportResponse Of(ImportOutcome outcome, EditionSummary edition, string? uploadedBy)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var who = uploadedBy is null ? "" : $" by {uploadedBy}";
        var message = outcome switch
        {
            ImportOutcome.NewRevision => string.Create(
                CultureInfo.InvariantCulture,
                $"{edition.CountryName} {edition.Year} was stored already: this upload{who} is its revision {edition.Revision}, and comparisons of that year now use it"),
            ImportOutcome.Unchanged => $"{edition.CountryName} {edition.Year} is stored already with exactly this text; nothing changed",
            _ => $"imported {edition.CountryName} {edition.Year}{who}",
        };
        return new ImportResponse(outcome, edition, message);
    }
}
