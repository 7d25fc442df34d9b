namespace KzDiff.Service.Storage;

/// <summary>The single row that says which schema version the store was created with.</summary>
public sealed class SchemaInfoRecord
{
    public int Id { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
}
