namespace KzDiff.Service.Storage;

/// <summary>
/// An imported edition whose change summaries are still to be made. Written with the edition in one
/// transaction, so an import is never lost to a crash before its summary job ran: start-up queues
/// every row that is left.
/// </summary>
public sealed class ChangeSummaryRunRecord
{
    public Guid EditionId { get; set; }

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
