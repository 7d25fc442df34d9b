namespace KzDiff.Cli.Tests.Store;

/// <summary>Points the CLI's store at a temporary jobs folder (KzDiff__JobsFolder) for one test.</summary>
internal sealed class TemporaryStore : IDisposable
{
    private const string Variable = "KzDiff__JobsFolder";
    private readonly string? previous = Environment.GetEnvironmentVariable(Variable);

    public TemporaryStore()
    {
        Folder = Directory.CreateTempSubdirectory("kzdiff-cli-").FullName;
        Environment.SetEnvironmentVariable(Variable, Folder);
    }

    public string Folder { get; }

    public static string TestData(string name = "") => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Variable, previous);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
