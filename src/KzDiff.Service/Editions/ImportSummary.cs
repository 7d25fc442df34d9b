namespace KzDiff.Service.Editions;

/// <summary>Totals of a multi-edition import, with every result (failed ones carry their reason).</summary>
public sealed record ImportSummary(IReadOnlyList<ImportResult> Results)
{
    public int Imported => Count(ImportOutcome.Imported);

    public int NewRevisions => Count(ImportOutcome.NewRevision);

    public int Unchanged => Count(ImportOutcome.Unchanged);

    public int Failed => Count(ImportOutcome.Failed);

    private int Count(ImportOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
