using KzDiff.Service.Configuration;
using KzDiff.Service.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KzDiff.Service.Tests.Configuration;

/// <summary>Settings are checked when a host starts: a wrong one stops it, naming the key and the value found.</summary>
public sealed class KzDiffOptionsValidationTests
{
    [TestCase("KzDiff:EditionsFolder", "", "KzDiff:EditionsFolder must name a folder, was empty")]
    [TestCase("KzDiff:JobsFolder", " ", "KzDiff:JobsFolder must name a folder, was empty")]
    [TestCase("KzDiff:Storage:Mode", "7", "KzDiff:Storage:Mode must be Embedded or PostgreSql, was 7")]
    [TestCase("KzDiff:Storage:Mode", "Oracle", "'KzDiff:Storage:Mode'")]
    [TestCase("KzDiff:Import:MaxEditionBytes", "0", "KzDiff:Import:MaxEditionBytes must be between 1024 and 1073741824 bytes, was 0")]
    [TestCase("KzDiff:Import:MaxFetchBytes", "-5", "KzDiff:Import:MaxFetchBytes must be between 1024 and 1073741824 bytes, was -5")]
    [TestCase("KzDiff:Import:FetchTimeout", "00:00:00", "KzDiff:Import:FetchTimeout must be between 00:00:01 and 00:10:00 (hh:mm:ss), was 00:00:00")]
    [TestCase("KzDiff:Import:FetchTimeout", "30", "KzDiff:Import:FetchTimeout must be between 00:00:01 and 00:10:00 (hh:mm:ss), was 30.00:00:00")]
    [TestCase("KzDiff:Import:FetchTimeout", "half a minute", "'KzDiff:Import:FetchTimeout'")]
    [TestCase("KzDiff:Import:ParallelParsers", "0", "KzDiff:Import:ParallelParsers must be between 1 and 64, was 0")]
    [TestCase("KzDiff:Import:MaxNestingDepth", "0", "KzDiff:Import:MaxNestingDepth must be between 1 and 1000000, was 0")]
    [TestCase("KzDiff:Import:MaxHeadings", "0", "KzDiff:Import:MaxHeadings must be between 1 and 1000000, was 0")]
    [TestCase("KzDiff:Import:MaxSections", "-1", "KzDiff:Import:MaxSections must be between 1 and 1000000, was -1")]
    [TestCase("KzDiff:Jobs:WorkerCount", "0", "KzDiff:Jobs:WorkerCount must be between 1 and 64, was 0")]
    [TestCase("KzDiff:Jobs:WorkerCount", "many", "'KzDiff:Jobs:WorkerCount'")]
    [TestCase("KzDiff:Jobs:MaxAttempts", "5", "KzDiff:Jobs:MaxAttempts must be between 1 and 4, was 5")]
    [TestCase("KzDiff:Flags:WatchTerms:0", "  ", "KzDiff:Flags:WatchTerms: a watch term must be 1 to 60 characters with at least one letter or digit")]
    [TestCase("KzDiff:Flags:WatchTerms:0", "--", "KzDiff:Flags:WatchTerms: a watch term must be 1 to 60 characters with at least one letter or digit: \"--\", was [\"--\"]")]
    [TestCase("KzDiff:Role", "worker", "KzDiff:Role worker needs KzDiff:Storage:Mode PostgreSql")]
    [TestCase("KzDiff:Role", "web", "KzDiff:Role web needs KzDiff:Storage:Mode PostgreSql")]
    [TestCase("KzDiff:Role", "7", "KzDiff:Role must be all, web or worker, was 7")]
    [TestCase("KzDiff:Jobs:Queues:0", "default", "KzDiff:Jobs:Queues may name only comparisons, imports, notifications (lower case), was [\"default\"]")]
    [TestCase("KzDiff:Jobs:WorkerName", "two words", "KzDiff:Jobs:WorkerName may hold letters, digits and . _ : @ - only, was \"two words\"")]
    [TestCase("KzDiff:Jobs:Lease", "00:00:01", "KzDiff:Jobs:Lease must be between 00:00:10 and 1.00:00:00 (hh:mm:ss), was 00:00:01")]
    [TestCase("KzDiff:Jobs:StateWriteRetry", "02:00:00", "KzDiff:Jobs:StateWriteRetry must be between 00:00:01 and 01:00:00 (hh:mm:ss), was 02:00:00")]
    [TestCase("KzDiff:Health:StuckAfter", "00:00:01", "KzDiff:Health:StuckAfter must be between 00:00:10 and 7.00:00:00 (hh:mm:ss), was 00:00:01")]
    [TestCase("KzDiff:Subscriptions:WebhookTimeout", "00:10:00", "KzDiff:Subscriptions:WebhookTimeout must be between 00:00:01 and 00:05:00 (hh:mm:ss), was 00:10:00")]
    [TestCase("KzDiff:Subscriptions:MaxAttempts", "0", "KzDiff:Subscriptions:MaxAttempts must be between 1 and 20, was 0")]
    [TestCase("KzDiff:Subscriptions:Smtp:Port", "0", "KzDiff:Subscriptions:Smtp:Port must be between 1 and 65535, was 0")]
    [TestCase("KzDiff:Subscriptions:Smtp:Security", "Maybe", "'KzDiff:Subscriptions:Smtp:Security'")]
    [TestCase("KzDiff:Subscriptions:PublicBaseUrl", "ftp://kzdiff.example.org", "KzDiff:Subscriptions:PublicBaseUrl must be an absolute http or https address, was \"ftp://kzdiff.example.org\"")]
    [TestCase("KzDiff:Subscriptions:Smtp:Host", "smtp.example.org", "KzDiff:Subscriptions:Smtp:From must be a sender address (\"KzDiff <kzdiff@example.org>\") when KzDiff:Subscriptions:Smtp:Host is set, was empty")]
    public void StartAsync_StopsNamingTheKey_WhenSettingIsWrong(string key, string value, string expected)
    {
        using var host = BuildHost(new Dictionary<string, string?> { [key] = value });

        Assert.That(async () => await host.StartAsync(), Throws.Exception.With.Message.Contains(expected));
    }

    [TestCase("banana", "KzDiff:Role must be all, web or worker, was \"banana\"")]
    [TestCase("2", "KzDiff:Role must be all, web or worker, was \"2\"")]
    [TestCase("web,worker", "KzDiff:Role must be all, web or worker, was \"web,worker\"")]
    public void Read_StopsNamingTheKey_WhenRoleIsUnknown(string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["KzDiff:Role"] = value }).Build();

        Assert.That(() => ProcessRoleSetting.Read(configuration), Throws.TypeOf<OptionsValidationException>().With.Message.EqualTo(expected));
    }

    [TestCase(null, ProcessRole.All)]
    [TestCase("Worker", ProcessRole.Worker)]
    [TestCase(" web ", ProcessRole.Web)]
    public void Read_IsTheNamedRole_WhenRoleIsKnownOrUnset(string? value, ProcessRole expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["KzDiff:Role"] = value }).Build();

        Assert.That(ProcessRoleSetting.Read(configuration), Is.EqualTo(expected));
    }

    [Test]
    public void StartAsync_StopsNamingConnectionString_WhenPostgreSqlModeHasNone()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["KzDiff:Storage:Mode"] = "PostgreSql" });

        Assert.That(
            async () => await host.StartAsync(),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("KzDiff:Storage:ConnectionString must be set when KzDiff:Storage:Mode is PostgreSql"));
    }

    [Test]
    public void StartAsync_ListsEveryWrongSetting_WhenSeveralAreWrong()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["KzDiff:Jobs:WorkerCount"] = "100", ["KzDiff:Import:ParallelParsers"] = "-1" });

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Failures, Is.EquivalentTo(new[]
        {
            "KzDiff:Jobs:WorkerCount must be between 1 and 64, was 100",
            "KzDiff:Import:ParallelParsers must be between 1 and 64, was -1",
        }));
    }

    [Test]
    public void Options_AreTheRepositorySettings_WhenRootAppSettingsIsRead()
    {
        var root = RepositoryRoot();
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root, "appsettings.json")).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddKzDiffStore(root);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<KzDiffOptions>();

        Assert.That((options.Import.FetchTimeout, options.Jobs.Lease, options.Jobs.WorkerCount), Is.EqualTo((TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), 2)));
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKzDiffStore(Path.GetTempPath());
        return builder.Build();
    }

    /// <summary>The work tree above the test output, or the one this file was compiled from (output kept apart: KZDIFF_ARTIFACTS).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KzDiff.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
    }
}
