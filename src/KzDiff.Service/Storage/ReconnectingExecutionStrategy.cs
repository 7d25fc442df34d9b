using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace KzDiff.Service.Storage;

/// <summary>
/// Tries an operation again when PostgreSQL cut its connection (a restart, a fail-over), so that the
/// first request after a restart does not fail on a pooled connection the restart closed. Operations
/// inside a transaction the caller began run once, as before: the caller owns what a retry would
/// have to redo, and each such caller already settles a failure itself.
/// </summary>
/// <remarks>
/// At most three retries, the first at once and the others within two seconds, so that a request (or
/// <c>/health</c>) against a server that stays down still fails within a few seconds.
/// </remarks>
public sealed class ReconnectingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null)
{
    public override TResult Execute<TState, TResult>(
        TState state,
        Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var context = Dependencies.CurrentContext.Context;
        return context.Database.CurrentTransaction is null
            ? base.Execute(state, operation, verifySucceeded)
            : operation(context, state);
    }

    public override Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var context = Dependencies.CurrentContext.Context;
        return context.Database.CurrentTransaction is null
            ? base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken)
            : operation(context, state, cancellationToken);
    }
}
