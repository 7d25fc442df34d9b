using KzDiff.Service.Accounts;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Storage;
using KzDiff.Service.Subscriptions;
using KzDiff.Service.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KzDiff.Service.Tests.Subscriptions;

/// <summary>
/// Daily and weekly digests on a fake clock: changes are held until the subscription's day or week
/// since its last digest has passed, then gathered into one delivery; nothing new, nothing sent.
/// </summary>
public sealed class DigestJobTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider clock = null!;
    private RecordingSubscriptionScheduler scheduler = null!;
    private TestStore store = null!;

    [SetUp]
    public async Task CreateStore()
    {
        clock = new FakeTimeProvider(Start);
        scheduler = new RecordingSubscriptionScheduler();
        store = await TestStore.CreateAsync(StorageMode.Embedded, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<ISubscriptionScheduler>(scheduler);
        });
        await ImportAsync("lumeria-2023.txt");
    }

    [TearDown]
    public async Task DisposeStore() => await store.DisposeAsync();

    [Test]
    public async Task RunAsync_GathersHeldChangesIntoOneDeliveryOncePerDay_AndSendsNothingWhenNothingIsNew()
    {
        var userId = await AddUserAsync("dana");
        var daily = await SubscribeAsync(userId, "daily");
        var weekly = await SubscribeAsync(userId, "weekly");
        var digests = store.Get<DigestJob>();

        clock.Advance(TimeSpan.FromHours(1));
        await ImportAsync("lumeria-2024.txt");
        clock.Advance(TimeSpan.FromHours(1));
        await ImportAsync("lumeria-2024-corrected.txt");
        Assert.That(await RowsAsync(daily), Has.Count.EqualTo(2).And.All.Property(nameof(SubscriptionDeliveryRecord.Status)).EqualTo(DeliveryState.Held));
        Assert.That(scheduler.Deliveries, Is.Empty, "a digest subscription's changes wait");

        clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await digests.RunAsync(CancellationToken.None), Is.Zero, "three hours after subscribing no digest is due");

        clock.SetUtcNow(Start + TimeSpan.FromDays(1));
        Assert.That(await digests.RunAsync(CancellationToken.None), Is.EqualTo(1), "the daily digest is due; the weekly one is not");
        var rows = await RowsAsync(daily);
        Assert.That(rows.Select(r => r.BatchId).Distinct().ToList(), Has.Count.EqualTo(1).And.All.Not.Null, "both changes in one delivery");
        Assert.That(rows.Select(r => r.Status), Is.All.EqualTo(DeliveryState.Pending));
        Assert.That(scheduler.Deliveries, Is.EqualTo(new[] { rows[0].BatchId!.Value }));
        Assert.That((await RowsAsync(weekly)).Select(r => r.Status), Is.All.EqualTo(DeliveryState.Held));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(await digests.RunAsync(CancellationToken.None), Is.Zero, "the same day's digest is not sent twice");

        clock.SetUtcNow(Start + TimeSpan.FromDays(2));
        Assert.That(await digests.RunAsync(CancellationToken.None), Is.Zero, "nothing new: nothing sent");
        Assert.That(scheduler.Deliveries, Has.Count.EqualTo(1));

        clock.SetUtcNow(Start + TimeSpan.FromDays(7));
        Assert.That(await digests.RunAsync(CancellationToken.None), Is.EqualTo(1), "the weekly digest is due after seven days");
        var weeklyRows = await RowsAsync(weekly);
        Assert.That(weeklyRows.Select(r => r.BatchId).Distinct().ToList(), Has.Count.EqualTo(1).And.All.Not.Null);
        Assert.That(scheduler.Deliveries, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_StoresEachChangeOnce_WhenTheSummaryJobRunsTwice()
    {
        var userId = await AddUserAsync("erin");
        var daily = await SubscribeAsync(userId, "daily");
        var editionId = await ImportAsync("lumeria-2024.txt", runSummary: false);
        var job = store.Get<ChangeSummaryJob>();

        await job.RunAsync(editionId, CancellationToken.None);
        // A duplicate run (re-enqueued at start-up) finds the run done and stores nothing more.
        await store.QueryAsync(async db =>
        {
            db.ChangeSummaryRuns.Add(new ChangeSummaryRunRecord { EditionId = editionId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });
        await job.RunAsync(editionId, CancellationToken.None);

        Assert.That(await RowsAsync(daily), Has.Count.EqualTo(1));
        Assert.That(await store.QueryAsync(db => db.ChangeSummaryRuns.CountAsync()), Is.Zero);
    }

    private async Task<Guid> ImportAsync(string name, bool runSummary = true)
    {
        var result = await store.Get<EditionImporter>().ImportAsync(LumeriaEditions.Bytes(name), name);
        Assert.That(result.Outcome, Is.AnyOf(ImportOutcome.Imported, ImportOutcome.NewRevision), result.Error);
        var id = result.Edition!.Id;
        if (runSummary && await store.QueryAsync(db => db.ChangeSummaryRuns.AnyAsync(r => r.EditionId == id)))
        {
            await store.Get<ChangeSummaryJob>().RunAsync(id, CancellationToken.None);
        }

        return id;
    }

    private async Task<string> AddUserAsync(string name)
    {
        await using var scope = store.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(name, Roles.Viewer, "correct horse battery staple");
        Assert.That(errors, Is.Empty);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(name))!.Id;
    }

    private async Task<Guid> SubscribeAsync(string userId, string schedule)
    {
        var created = await store.Get<SubscriptionService>().CreateAsync(
            userId,
            new NewSubscription("lumeria", null, null, null, null, "webhook", "https://hooks.example.org/kzdiff", null, schedule));
        Assert.That(created.Error, Is.Null);
        return created.Created!.Subscription.Id;
    }

    private Task<List<SubscriptionDeliveryRecord>> RowsAsync(Guid subscriptionId) =>
        store.QueryAsync(db => db.SubscriptionDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId).OrderBy(d => d.CreatedAt).ToListAsync());
}
