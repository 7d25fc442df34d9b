namespace KzDiff.Service.Storage;

/// <summary>
/// An API token of a user. Only the SHA-256 of the token is stored: whoever reads the store cannot
/// call the API with it. <see cref="Id"/> is the token's visible prefix, so a presented token is
/// found by key and then compared by hash.
/// </summary>
public sealed class ApiTokenRecord
{
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public required string Sha256 { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
