using KzDiff.Service.Storage;

namespace KzDiff.Service.Corpus;

/// <summary>Where a corpus table stands: <see cref="Json"/> holds the stored document once succeeded.</summary>
/// <param name="From">The older year.</param>
/// <param name="To">The newer year.</param>
/// <param name="Status">Queued or running while a job computes it; succeeded when stored.</param>
/// <param name="Progress">Percent of the countries read while running.</param>
/// <param name="Json">The stored <see cref="CorpusTableDocument"/>, when succeeded.</param>
/// <param name="PreviousError">Why the last run failed, when this request queued it again.</param>
public sealed record CorpusTableRequest(int From, int To, ComparisonState Status, int Progress, string? Json, string? PreviousError)
{
    public bool IsReady => Json is not null;

    public CorpusTablePending Pending => new(From, To, Status.ToString().ToLowerInvariant(), Progress, PreviousError);
}
