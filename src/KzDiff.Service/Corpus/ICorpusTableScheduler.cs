namespace KzDiff.Service.Corpus;

/// <summary>Hands a corpus table to the job system.</summary>
public interface ICorpusTableScheduler
{
    void Enqueue(Guid tableId);
}
