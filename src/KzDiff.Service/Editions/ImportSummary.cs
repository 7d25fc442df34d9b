namespace KzDiff.Service.Editions;

/// <summary>Totals of a multi-edition import, with every result (failed ones carry their reason).</summary>
/// <param name="Results">One per file, in the order given.</param>
/// <param name="Phases">Where the time went, for a folder import; null otherwise.</param>
public sealed record ImportSummary(IReadOnlyList<ImportResult> Results, ImportPhases? Phases = null)
{
    public int Imported => Count(ImportOutcome.Imported);

    public int NewRevisions => Count(ImportOutcome.NewRevision);

    public int Unchanged => Count(ImportOutcome.Unchanged);

    public int Failed => Count(ImportOutcome.Failed);

    private int Count(ImportOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
