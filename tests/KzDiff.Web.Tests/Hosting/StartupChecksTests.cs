using KzDiff.Web.Tests.Support;

namespace KzDiff.Web.Tests.Hosting;

/// <summary>The web host refuses to start on a wrong setting or an unreadable store, and says why.</summary>
public sealed class StartupChecksTests
{
    private string folder = null!;

    [SetUp]
    public void SetUp() => folder = Directory.CreateTempSubdirectory("kzdiff-web-start-").FullName;

    [TearDown]
    public void TearDown()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Start_StopsNamingTheKey_WhenSettingIsWrong()
    {
        using var host = new ApiHost(folder, new Dictionary<string, string?> { ["KzDiff:Jobs:WorkerCount"] = "0" });

        Assert.That(() => host.CreateClient(), Throws.Exception.With.Message.Contains("KzDiff:Jobs:WorkerCount must be between 1 and 64, was 0"));
    }

    [Test]
    public void Start_StopsNamingTheFile_WhenStoreIsNotADatabase()
    {
        var store = Path.Combine(folder, "jobs", "kzdiff.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        File.WriteAllText(store, string.Concat(Enumerable.Repeat("not a database; ", 500)));
        using var host = new ApiHost(folder);

        Assert.That(() => host.CreateClient(), Throws.Exception.With.Message.Contains(store).And.Message.Contains("not a readable SQLite database"));
    }
}
