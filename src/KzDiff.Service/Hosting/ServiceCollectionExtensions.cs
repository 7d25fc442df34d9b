using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using KzDiff.Service.Accounts;
using KzDiff.Service.Batches;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Corpus;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;
using KzDiff.Service.Review;
using KzDiff.Service.Storage;
using KzDiff.Service.Subscriptions;
using KzDiff.Service.Trends;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KzDiff.Service.Hosting;

/// <summary>Registers the service layer: <see cref="AddKzDiffStore"/> for any process, <see cref="AddKzDiffJobs"/> for the one that runs comparisons.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Options, store, importer, catalog and lineage; enough for the CLI. Options are bound from the
    /// registered <see cref="IConfiguration"/> when first needed, so a host (or a test) may still change
    /// configuration after this call, and validated when the host starts (ValidateOnStart; a process
    /// without a host calls <see cref="IStartupValidator.Validate"/>).
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="root">Folder that relative paths are resolved against; the repository root when null.</param>
    public static IServiceCollection AddKzDiffStore(this IServiceCollection services, string? root = null)
    {
        services.AddOptions<KzDiffOptions>()
            .BindConfiguration(KzDiffOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KzDiffOptions>, KzDiffOptionsValidator>());
        // The validated value: services read settings as they are, without clamping them again.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KzDiffOptions>>().Value);
        services.AddSingleton(sp => ResolvedPaths.From(sp.GetRequiredService<KzDiffOptions>(), root ?? RepositoryRoot.Locate()));
        services.TryAddSingleton(TimeProvider.System);

        // Each provider has a context type of its own, which owns that provider's migrations; the rest of
        // the service sees the shared model through IDbContextFactory<KzDiffDbContext>.
        services.AddPooledDbContextFactory<SqliteKzDiffDbContext>(
            (sp, db) => db.UseSqlite(sp.GetRequiredService<ResolvedPaths>().ConnectionString));
        services.AddPooledDbContextFactory<PostgreSqlKzDiffDbContext>(
            (sp, db) => db.UseNpgsql(
                sp.GetRequiredService<ResolvedPaths>().ConnectionString,
                npgsql => npgsql.ExecutionStrategy(dependencies => new ReconnectingExecutionStrategy(dependencies))));
        services.AddSingleton<IDbContextFactory<KzDiffDbContext>>(sp =>
            sp.GetRequiredService<KzDiffOptions>().Storage.Mode == StorageMode.PostgreSql
                ? new ProviderDbContextFactory<PostgreSqlKzDiffDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlKzDiffDbContext>>())
                : new ProviderDbContextFactory<SqliteKzDiffDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteKzDiffDbContext>>()));

        services.AddKzDiffAccounts();
        services.AddSingleton<StoreInitializer>();
        services.AddSingleton<EditionTreeCache>();
        services.AddSingleton<EditionStoreGeneration>();
        services.AddSingleton<CorpusEvidenceProvider>();
        services.TryAddSingleton<IComparisonEngine, CoreComparisonEngine>();
        services.AddSingleton<TitleSectionAligner>();
        services.TryAddSingleton<ISectionAligner, EngineSectionAligner>();
        services.AddSingleton<LineageAssigner>();
        services.AddSingleton<YearTemplateHeadings>();
        services.AddSingleton<CountryGates>();
        services.AddSingleton<EditionImporter>();
        services.AddSingleton<EditionBatchImporter>();
        services.AddSingleton<FolderImporter>();
        services.AddSingleton<EditionCatalog>();
        services.AddSingleton<SectionHistoryService>();
        services.AddSingleton<SentenceLineageService>();
        services.AddSingleton<TrendIndex>();
        services.AddSingleton<TrendService>();
        services.AddSingleton<FlagIndex>();
        services.AddSingleton<ReviewService>();
        services.AddHttpClient<UrlFetcher>();
        // Without a job server (kzdiff import) summaries wait in the store for the service's next start.
        services.TryAddSingleton<ISubscriptionScheduler, DeferredSubscriptionScheduler>();
        services.AddSingleton<SubscriptionLinks>();
        services.AddSingleton<SubscriptionService>();
        return services;
    }

    /// <summary>
    /// ASP.NET Core Identity on the application store (users, roles, lockout) and API tokens. The web
    /// host adds sign-in and cookies on top (<see cref="IdentityBuilder"/> of the same types).
    /// </summary>
    private static void AddKzDiffAccounts(this IServiceCollection services)
    {
        // Identity's stores want a context per scope; it comes from the same factory as everything else.
        services.TryAddScoped<KzDiffDbContext>(sp => sp.GetRequiredService<IDbContextFactory<KzDiffDbContext>>().CreateDbContext());
        services.AddIdentityCore<IdentityUser>(identity =>
            {
                // Length over character classes (NIST SP 800-63B): a long passphrase, no forced symbols.
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KzDiffDbContext>();
        services.TryAddScoped<UserAccounts>();
        services.TryAddSingleton<ApiTokens>();
    }

    /// <summary>Comparison and batch services, the job and its recovery, without choosing how jobs are scheduled.</summary>
    public static IServiceCollection AddKzDiffComparisons(this IServiceCollection services)
    {
        services.TryAddSingleton<ComparisonService>();
        services.TryAddSingleton<BatchService>();
        services.TryAddSingleton<ComparisonRecovery>();
        services.TryAddSingleton<UnwrittenJobStates>();
        services.TryAddTransient<ComparisonJob>();
        services.TryAddSingleton<LineageRequests>();
        services.TryAddSingleton<LineageRecovery>();
        services.TryAddTransient<SentenceLineageJob>();
        services.TryAddSingleton<EvidenceService>();
        services.TryAddSingleton<CorpusTableService>();
        services.TryAddTransient<CorpusTableJob>();
        services.TryAddTransient<ChangeSummaryJob>();
        services.TryAddTransient<DeliveryJob>();
        services.TryAddTransient<DigestJob>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EmailSender>();
        return services;
    }

    /// <summary>
    /// Hangfire (in memory or PostgreSQL), comparison jobs, batches and the start-up work; a Hangfire
    /// server unless <see cref="KzDiffOptions.Role"/> is <see cref="ProcessRole.Web"/>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">Read now only for <see cref="KzDiffOptions.Role"/>, which decides what is registered.</param>
    public static IServiceCollection AddKzDiffJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var role = ProcessRoleSetting.Read(configuration);
        services.AddKzDiffComparisons();
        services.TryAddSingleton<IComparisonScheduler, HangfireComparisonScheduler>();
        services.TryAddSingleton<ILineageScheduler, HangfireLineageScheduler>();
        services.TryAddSingleton<ICorpusTableScheduler, HangfireCorpusTableScheduler>();
        services.Replace(ServiceDescriptor.Singleton<ISubscriptionScheduler, HangfireSubscriptionScheduler>());
        services.TryAddSingleton<SubscriptionRecovery>();

        services.AddHangfire((provider, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            var options = provider.GetRequiredService<KzDiffOptions>();
            if (options.Storage.Mode == StorageMode.PostgreSql)
            {
                var connectionString = provider.GetRequiredService<ResolvedPaths>().ConnectionString;
                config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                        PrepareSchemaIfNecessary = true,
                        // A job fetched by a worker that died (SIGKILL) goes back to the queue after the lease,
                        // as its comparison's claim lapses; a live worker's heartbeat keeps it from anyone else.
                        InvisibilityTimeout = options.Jobs.Lease,
                        UseSlidingInvisibilityTimeout = true,
                    });
            }
            else
            {
                config.UseInMemoryStorage(new InMemoryStorageOptions());
            }
        });

        // Registered before the Hangfire server so that the schema exists and unfinished
        // comparisons are queued again before any worker starts.
        services.AddHostedService<ServiceStartup>();
        services.AddHostedService<UnwrittenJobStateRetry>();
        if (role != ProcessRole.Worker)
        {
            // For readers of trends and the review queue: a worker serves neither.
            services.AddHostedService<TrendWarmup>();
            services.AddHostedService<FlagIndexWarmup>();
            services.AddHostedService<EditionAddressBackfill>();
        }

        if (role != ProcessRole.Web)
        {
            services.AddHostedService<LapsedClaimSweeper>();
            services.AddHostedService<CorpusEvidenceWarmup>();
            services.AddHangfireServer((provider, server) =>
            {
                var options = provider.GetRequiredService<KzDiffOptions>();
                server.ServerName = options.Jobs.WorkerName;
                server.Queues = [.. options.Jobs.EffectiveQueues];
                server.WorkerCount = options.Jobs.WorkerCount;
                // Retries are scheduled jobs: poll for them often so that back-off stays seconds, not minutes.
                server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
        }

        return services;
    }
}
