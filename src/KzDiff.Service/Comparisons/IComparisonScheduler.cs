namespace KzDiff.Service.Comparisons;

/// <summary>Hands a comparison id to the job system. Jobs take ids, never documents.</summary>
public interface IComparisonScheduler
{
    void Enqueue(Guid comparisonId);
}
