using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Storage;

/// <summary>
/// Hands out the storage mode's own context (which owns that provider's migrations) as the shared
/// model, so that the rest of the service asks for <c>IDbContextFactory&lt;KzDiffDbContext&gt;</c>
/// whatever the mode.
/// </summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> provider) : IDbContextFactory<KzDiffDbContext>
    where TContext : KzDiffDbContext
{
    public KzDiffDbContext CreateDbContext() => provider.CreateDbContext();

    public async Task<KzDiffDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await provider.CreateDbContextAsync(cancellationToken);
}
