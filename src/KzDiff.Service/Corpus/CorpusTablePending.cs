namespace KzDiff.Service.Corpus;

/// <summary>The answer while a job computes the corpus table (202).</summary>
/// <param name="From">The older year.</param>
/// <param name="To">The newer year.</param>
/// <param name="Status">"queued" or "running".</param>
/// <param name="Progress">Percent of the countries read.</param>
/// <param name="PreviousError">Why the last run failed, when this request queued it again.</param>
public sealed record CorpusTablePending(int From, int To, string Status, int Progress, string? PreviousError);
