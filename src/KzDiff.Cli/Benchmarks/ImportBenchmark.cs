using System.Diagnostics;
using System.Globalization;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Hosting;
using KzDiff.Service.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KzDiff.Cli.Benchmarks;

/// <summary>
/// <c>kzdiff bench --only import</c>: every edition of the corpus imported once into a fresh store,
/// as <c>kzdiff import</c> does: an embedded store in a temporary folder, and a fresh PostgreSQL
/// database too when <c>KZDIFF_BENCH_POSTGRES</c> holds a connection string (the database is
/// created and dropped). One run each: an import of a store is not repeatable in place.
/// </summary>
internal static class ImportBenchmark
{
    public const string Group = "import";

    public static async Task<int> RunAsync(string corpus, TextWriter stdout)
    {
        var files = FolderImporter.FindEditionFiles(Path.Combine(corpus, "state-gov"))
            .Concat(FolderImporter.FindEditionFiles(Path.Combine(corpus, "pdf-text")))
            .ToArray();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        await RunOnceAsync("sqlite", StorageMode.Embedded, connectionString: null, files, bytes, stdout);

        if (Environment.GetEnvironmentVariable("KZDIFF_BENCH_POSTGRES") is { Length: > 0 } server)
        {
            var database = "kzdiff_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }

            try
            {
                var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
                await RunOnceAsync("postgres", StorageMode.PostgreSql, connectionString, files, bytes, stdout);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
        else
        {
            stdout.WriteLine($"{Group,-8} postgres: skipped (set KZDIFF_BENCH_POSTGRES to a server's connection string)");
        }

        return 0;
    }

    private static string Phase(ImportPhase phase) =>
        string.Create(CultureInfo.InvariantCulture, $"{phase.Wall.TotalSeconds:F1}/{phase.Cpu.TotalSeconds:F1}/{phase.Allocated / (1024.0 * 1024):F0}");

    private static async Task RunOnceAsync(string name, StorageMode mode, string? connectionString, string[] files, long bytes, TextWriter stdout)
    {
        var folder = Directory.CreateTempSubdirectory("kzdiff-bench-import-").FullName;
        try
        {
            var values = new Dictionary<string, string?>
            {
                ["KzDiff:JobsFolder"] = Path.Combine(folder, "jobs"),
                ["KzDiff:EditionsFolder"] = Path.Combine(folder, "editions"),
                ["KzDiff:Storage:Mode"] = mode.ToString(),
                ["KzDiff:Storage:ConnectionString"] = connectionString,
            };
            var collection = new ServiceCollection();
            collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
            collection.AddLogging();
            collection.AddKzDiffStore(folder);
            await using var services = collection.BuildServiceProvider();
            await services.GetRequiredService<StoreInitializer>().InitializeAsync();

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var pauseBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            var summary = await services.GetRequiredService<FolderImporter>().ImportFilesAsync(files);
            var wall = clock.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            var collections = (Gen0: GC.CollectionCount(0) - collectionsBefore.Gen0, Gen1: GC.CollectionCount(1) - collectionsBefore.Gen1, Gen2: GC.CollectionCount(2) - collectionsBefore.Gen2);

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Group,-8} {name}: {files.Length} files, {bytes / (1024.0 * 1024):F1} MB in {wall.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU: {files.Length / wall.TotalSeconds:F1} pages/s, {wall.TotalMilliseconds / files.Length:F1} ms/page"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Group,-8} {name}: {summary.Imported} imported, {summary.NewRevisions} new revisions, {summary.Unchanged} unchanged, {summary.Failed} failed"));
            // Allocation is most of an import's cost beyond parsing: the GC's pauses and first writes to fresh memory.
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Group,-8} {name}: allocated {allocated / (1024.0 * 1024 * 1024):F2} GB, GC pauses {pause.TotalSeconds:F2} s, collections gen0/1/2 {collections.Gen0}/{collections.Gen1}/{collections.Gen2}"));
            if (summary.Phases is { } p)
            {
                stdout.WriteLine($"{Group,-8} {name}: phases, wall s/CPU s/allocated MB: scan {Phase(p.Scan)}, learn headings {Phase(p.Learn)}, parse {Phase(p.Parse)}, lineage {Phase(p.Lineage)}, write {Phase(p.Write)}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
