using System.Security.Cryptography;
using System.Text;
using KzDiff.Service.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Accounts;

/// <summary>
/// Creates, finds and revokes API tokens. A token is "kzd_" + a 16-digit id + "_" + 256 random bits;
/// the store keeps the id and the SHA-256 of the whole token, never the token. A fast hash is enough
/// here (unlike for passwords) because the secret part is random, not something a person chose.
/// </summary>
public sealed class ApiTokens(IDbContextFactory<KzDiffDbContext> contextFactory, TimeProvider time)
{
    private const string Prefix = "kzd_";

    // The normalizer Identity itself uses for names (its registration is scoped; this type is not).
    private static readonly UpperInvariantLookupNormalizer Normalizer = new();

    /// <summary>A new token for the user named <paramref name="userName"/>; the only time the token itself is seen.</summary>
    /// <exception cref="InvalidOperationException">No such user.</exception>
    public async Task<CreatedApiToken> CreateAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var normalized = Normalizer.NormalizeName(userName);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken)
            ?? throw new InvalidOperationException($"no user named {userName} (add one with kzdiff users add {userName} --role viewer)");
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var token = $"{Prefix}{id}_{Base64UrlEncode(RandomNumberGenerator.GetBytes(32))}";
        db.ApiTokens.Add(new ApiTokenRecord
        {
            Id = id,
            UserId = user.Id,
            Sha256 = Hash(token),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(id, user.UserName!, token);
    }

    /// <summary>The id of the user that <paramref name="token"/> belongs to; null when it is malformed, unknown or revoked.</summary>
    public async Task<string?> FindUserIdAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!TryReadId(token, out var id))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (record is null || record.RevokedAt is not null)
        {
            return null;
        }

        // Compared in constant time so that response timing says nothing about how much of a guess matched.
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(record.Sha256));
        return matches ? record.UserId : null;
    }

    /// <summary>Revokes the token <paramref name="id"/>; false when there is no such token.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (record is null)
        {
            return false;
        }

        record.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Every token with its user, newest first.</summary>
    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from t in db.ApiTokens.AsNoTracking()
                join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                select new { t.Id, u.UserName, t.CreatedAt, t.RevokedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt).Select(r => new ApiTokenSummary(r.Id, r.UserName ?? "", r.CreatedAt, r.RevokedAt))];
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool TryReadId(string token, out string id)
    {
        id = "";
        // kzd_ + 16 hex digits + _ + 43 base64url characters.
        if (token.Length != Prefix.Length + 16 + 1 + 43 || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + 16] != '_')
        {
            return false;
        }

        id = token.Substring(Prefix.Length, 16);
        return id.All(char.IsAsciiHexDigitLower);
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
