namespace KzDiff.Service.Lineage;

/// <summary>Hands an edition id to the job system to compute its sentence lineage.</summary>
public interface ILineageScheduler
{
    void Enqueue(Guid editionId);
}
