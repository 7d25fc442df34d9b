using KzDiff.Service.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Storage;

/// <summary>
/// The application store, one model for SQLite (embedded) and PostgreSQL (team server). Abstract
/// because each provider has a subclass of its own that owns that provider's migrations
/// (<see cref="SqliteKzDiffDbContext"/>, <see cref="PostgreSqlKzDiffDbContext"/>). Accounts and roles are
/// ASP.NET Core Identity's tables in the same store, so that a decision and its reviewer live together.
/// </summary>
public abstract class KzDiffDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options)
{
    public DbSet<EditionRecord> Editions => Set<EditionRecord>();

    public DbSet<EditionContentRecord> EditionContents => Set<EditionContentRecord>();

    public DbSet<SectionRecord> Sections => Set<SectionRecord>();

    public DbSet<ComparisonRecord> Comparisons => Set<ComparisonRecord>();

    public DbSet<BatchRecord> Batches => Set<BatchRecord>();

    public DbSet<BatchItemRecord> BatchItems => Set<BatchItemRecord>();

    public DbSet<ImportLogRecord> ImportLog => Set<ImportLogRecord>();

    public DbSet<SentenceLineageRecord> SentenceLineages => Set<SentenceLineageRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    public DbSet<ReviewFlagRecord> ReviewFlags => Set<ReviewFlagRecord>();

    public DbSet<ReviewDecisionRecord> ReviewDecisions => Set<ReviewDecisionRecord>();

    public DbSet<CorpusTableRecord> CorpusTables => Set<CorpusTableRecord>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<SubscriptionDeliveryRecord> SubscriptionDeliveries => Set<SubscriptionDeliveryRecord>();

    public DbSet<ChangeSummaryRunRecord> ChangeSummaryRuns => Set<ChangeSummaryRunRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<EditionRecord>(e =>
        {
            e.ToTable("editions");
            e.HasKey(x => x.Id);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.Property(x => x.CountryName).HasMaxLength(200);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.SourceName).HasMaxLength(2000);
            e.Property(x => x.Format).HasMaxLength(32);
            // Idempotent import: the same bytes are stored once, whoever imports them.
            e.HasIndex(x => x.Sha256).IsUnique();
            // Never a silent overwrite: a second text for a country and year is the next revision.
            e.HasIndex(x => new { x.CountryKey, x.Year, x.Revision }).IsUnique();
        });

        builder.Entity<EditionContentRecord>(e =>
        {
            e.ToTable("edition_contents");
            e.HasKey(x => x.EditionId);
            e.HasOne<EditionRecord>().WithOne().HasForeignKey<EditionContentRecord>(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SectionRecord>(e =>
        {
            e.ToTable("sections");
            e.HasKey(x => x.Id);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.Property(x => x.LineageId).HasMaxLength(32);
            e.Property(x => x.Level).HasMaxLength(16);
            e.HasOne<EditionRecord>().WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.EditionId, x.Ordinal });
            e.HasIndex(x => new { x.CountryKey, x.LineageId });
        });

        builder.Entity<ComparisonRecord>(e =>
        {
            e.ToTable("comparisons");
            e.HasKey(x => x.Id);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            // Engine version, corpus fingerprint and watch-term hash: "5+corpus.<12 hex>+t<10 hex>".
            e.Property(x => x.EngineVersion).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LeaseOwner).HasMaxLength(100);
            e.Property(x => x.ComputedBy).HasMaxLength(100);
            // One comparison per pair and engine version: two identical requests at once meet here.
            e.HasIndex(x => new { x.FromEditionId, x.ToEditionId, x.EngineVersion }).IsUnique();
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.FlagsIndexedAt);
            e.HasOne<EditionRecord>().WithMany().HasForeignKey(x => x.FromEditionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<EditionRecord>().WithMany().HasForeignKey(x => x.ToEditionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<BatchRecord>(e =>
        {
            e.ToTable("batches");
            e.HasKey(x => x.Id);
        });

        builder.Entity<BatchItemRecord>(e =>
        {
            e.ToTable("batch_items");
            e.HasKey(x => new { x.BatchId, x.ComparisonId });
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.HasOne<BatchRecord>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ComparisonRecord>().WithMany().HasForeignKey(x => x.ComparisonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ImportLogRecord>(e =>
        {
            e.ToTable("import_log");
            e.HasKey(x => x.Id);
            e.Property(x => x.Outcome).HasMaxLength(16);
            e.Property(x => x.SourceName).HasMaxLength(2000);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.At);
        });

        builder.Entity<SentenceLineageRecord>(e =>
        {
            e.ToTable("sentence_lineages");
            e.HasKey(x => x.EditionId);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.Property(x => x.EngineVersion).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasOne<EditionRecord>().WithOne().HasForeignKey<SentenceLineageRecord>(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CountryKey, x.Year });
        });

        builder.Entity<CorpusTableRecord>(e =>
        {
            e.ToTable("corpus_tables");
            e.HasKey(x => x.Id);
            e.Property(x => x.Version).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            // One table per pair of years and corpus version: two requests at once meet here.
            e.HasIndex(x => new { x.FromYear, x.ToYear, x.Version }).IsUnique();
        });

        builder.Entity<ApiTokenRecord>(e =>
        {
            e.ToTable("api_tokens");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReviewFlagRecord>(e =>
        {
            e.ToTable("review_flags");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.Property(x => x.CountryName).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.RowStatus).HasMaxLength(16);
            // No length limit: a row's anchor carries its section path, and state.gov sub-heading slugs run long.
            e.HasIndex(x => new { x.CountryKey, x.FromYear, x.ToYear });
            e.HasIndex(x => x.Score);
            e.HasIndex(x => x.ComparisonId);
        });

        builder.Entity<ReviewDecisionRecord>(e =>
        {
            e.ToTable("review_decisions");
            e.HasKey(x => x.Id);
            e.Property(x => x.FlagId).HasMaxLength(32);
            e.Property(x => x.State).HasMaxLength(32);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(ReviewLimits.MaxNoteLength);
            // Optimistic concurrency across processes: the second insert of a version fails here.
            e.HasIndex(x => new { x.FlagId, x.Version }).IsUnique();
        });

        builder.Entity<SubscriptionRecord>(e =>
        {
            e.ToTable("subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.Property(x => x.DeliveryType).HasMaxLength(16);
            e.Property(x => x.Target).HasMaxLength(2000);
            e.Property(x => x.Secret).HasMaxLength(64);
            e.Property(x => x.Schedule).HasMaxLength(16);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.UserId);
            e.HasIndex(x => x.CountryKey);
        });

        builder.Entity<SubscriptionDeliveryRecord>(e =>
        {
            e.ToTable("subscription_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.CountryKey).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LastError).HasMaxLength(2000);
            // The idempotency key: one message per subscription and comparison, however often the summary job runs.
            e.HasIndex(x => new { x.SubscriptionId, x.ComparisonId }).IsUnique();
            e.HasIndex(x => x.BatchId);
            e.HasIndex(x => x.Status);
            e.HasOne<SubscriptionRecord>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ComparisonRecord>().WithMany().HasForeignKey(x => x.ComparisonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ChangeSummaryRunRecord>(e =>
        {
            e.ToTable("change_summary_runs");
            e.HasKey(x => x.EditionId);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasOne<EditionRecord>().WithOne().HasForeignKey<ChangeSummaryRunRecord>(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
