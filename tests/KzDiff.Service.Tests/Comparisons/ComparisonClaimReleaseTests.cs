using System.Data.Common;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace KzDiff.Service.Tests.Comparisons;

/// <summary>
/// A store that fails one statement of a comparison job (a lost connection: a PostgreSQL restart
/// breaks every pooled connection once): the job gives its claim back at once, so that its retry
/// computes the comparison without waiting for the claim to lapse, and the comparison is counted
/// computed once.
/// </summary>
public sealed class ComparisonClaimReleaseTests
{
    private OneStatementFault fault = null!;
    private TestStore store = null!;

    [SetUp]
    public async Task SetUp()
    {
        fault = new OneStatementFault();
        store = await TestStore.CreateAsync(StorageMode.Embedded, services => services.ConfigureDbContext<SqliteKzDiffDbContext>(db => db.AddInterceptors(fault)));
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            var result = await store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    [TearDown]
    public async Task TearDown() => await store.DisposeAsync();

    [Test]
    public async Task RunAsync_GivesClaimBack_WhenStoreFailsRightAfterTheClaim()
    {
        var id = await RequestAsync();
        // The read of the comparison's inputs, the first statement after the claim.
        fault.FailNext(sql => sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && sql.Contains("WatchTerms", StringComparison.Ordinal) && !sql.Contains("ResultJson", StringComparison.Ordinal), afterExecution: false);

        Assert.CatchAsync(() => store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None));

        Assert.That(fault.Failed, Is.True);
        await AssertGivenBackAsync(id);
        await AssertComputedOnceByRetryAsync(id, attempts: 2);
    }

    [Test]
    public async Task RunAsync_GivesClaimBack_WhenTheClaimsAnswerIsLost()
    {
        var id = await RequestAsync();
        // The claim is stored, but the connection breaks before its answer arrives.
        fault.FailNext(sql => sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) && sql.Contains("StartedAt", StringComparison.Ordinal), afterExecution: true);

        Assert.CatchAsync(() => store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None));
        Assert.That(fault.Failed, Is.True);
        Assert.That(await LeaseOwnerAsync(id), Is.Not.Null, "the store took the claim");

        // What the job's retry (or UnwrittenJobStateRetry) writes first.
        Assert.That(await store.Get<UnwrittenJobStates>().RetryAsync(), Is.EqualTo(1));

        await AssertGivenBackAsync(id);
        await AssertComputedOnceByRetryAsync(id, attempts: 2);
    }

    [Test]
    public async Task RunAsync_GivesClaimBackAndCountsOneComputation_WhenTheResultsWriteIsCut()
    {
        var id = await RequestAsync();
        fault.FailNext(sql => sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) && sql.Contains("ResultJson", StringComparison.Ordinal), afterExecution: false);

        Assert.CatchAsync(() => store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None));

        Assert.That(fault.Failed, Is.True);
        await AssertGivenBackAsync(id);
        Assert.That(store.Get<UnwrittenJobStates>().Pending, Is.Empty, "given back at once, not after a later retry");
        await AssertComputedOnceByRetryAsync(id, attempts: 2);
    }

    private async Task<Guid> RequestAsync() => (await store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023)).Comparison!.Id;

    private Task<string?> LeaseOwnerAsync(Guid id) =>
        store.QueryAsync(db => db.Comparisons.Where(c => c.Id == id).Select(c => c.LeaseOwner).SingleAsync());

    private async Task AssertGivenBackAsync(Guid id)
    {
        var view = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That((view!.Status, view.Computations), Is.EqualTo((ComparisonState.Queued, 0)));
        Assert.That(view.Error, Does.Contain("retrying"));
        Assert.That(await LeaseOwnerAsync(id), Is.Null, "no claim left to lapse");
    }

    private async Task AssertComputedOnceByRetryAsync(Guid id, int attempts)
    {
        await store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        var view = await store.Get<ComparisonService>().GetAsync(id);
        Assert.That((view!.Status, view.Computations, view.Attempts, view.Error), Is.EqualTo((ComparisonState.Succeeded, 1, attempts, (string?)null)));
    }

    /// <summary>Fails the next statement that matches, once, as a connection lost before or after the store ran it.</summary>
    private sealed class OneStatementFault : DbCommandInterceptor
    {
        private Func<string, bool>? matches;
        private bool after;

        public bool Failed { get; private set; }

        public void FailNext(Func<string, bool> statement, bool afterExecution)
        {
            after = afterExecution;
            Failed = false;
            matches = statement;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command, executed: false);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command, executed: false);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Check(command, executed: true);
            return ValueTask.FromResult(result);
        }

        private void Check(DbCommand command, bool executed)
        {
            if (executed == after && matches is { } match && match(command.CommandText))
            {
                matches = null;
                Failed = true;
                throw new SqliteException("SQLite Error 10: 'disk I/O error'.", raw.SQLITE_IOERR);
            }
        }
    }
}
