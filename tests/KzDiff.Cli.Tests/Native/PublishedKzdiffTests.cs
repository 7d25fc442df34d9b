using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace KzDiff.Cli.Tests.Native;

/// <summary>
/// The published native kzdiff (KzDiff.Cli.Native, README "A fast kzdiff") prints byte for byte
/// what the full CLI prints, and hands what it does not serve to the full CLI beside it. A Native
/// AOT publish takes minutes, too long for every test run, so these tests run where a published
/// binary exists (.ci/test.sh and tests/bench/startup.sh publish it) and are skipped, with the
/// command to publish, where it does not, except in CI, where they fail.
/// </summary>
public sealed class PublishedKzdiffTests
{
    /// <summary>Overrides where the published native kzdiff is.</summary>
    public const string NativeVariable = "KZDIFF_NATIVE_CLI";

    private static string Lumeria(int year) => LumeriaEditions.PathOf($"lumeria-{year}.txt");

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("markdown")]
    [TestCase("html")]
    public async Task Compare_WritesTheFullClisBytes_ForLumeria(string format)
    {
        var native = RequireNative();
        string[] args = ["compare", Lumeria(2023), Lumeria(2024), "--format", format];
        var full = await CliRun.RunAsync(args);

        var (code, output, error) = await RunAsync(native, args);

        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(full.ExitCode, Is.Zero, full.Error);
        Assert.That(output, Is.EqualTo(Encoding.UTF8.GetBytes(full.Output)), "stdout of the native kzdiff differs from the full CLI's");
    }

    [Test]
    public async Task Compare_IsTheDefaultText_WhenNoFormatIsGiven()
    {
        var native = RequireNative();
        string[] args = ["compare", Lumeria(2023), Lumeria(2024)];
        var full = await CliRun.RunAsync(args);

        var (code, output, _) = await RunAsync(native, args);

        Assert.That(code, Is.Zero);
        Assert.That(Encoding.UTF8.GetString(output), Is.EqualTo(full.Output).And.Contain("Lumeria"));
    }

    [Test]
    public async Task Help_ListsTheStoreCommands_HandedToTheFullCli()
    {
        var native = RequireNative();

        var (code, output, _) = await RunAsync(native, ["--help"]);

        Assert.That(code, Is.Zero);
        Assert.That(Encoding.UTF8.GetString(output), Does.Contain("import").And.Contain("blame").And.Contain("compare"));
    }

    [Test]
    public async Task Tree_ReportsTheFullClisError_ForAFilePretendingToBeAPdf()
    {
        var native = RequireNative();
        var pdf = Path.Combine(Path.GetTempPath(), $"lumeria-{Guid.NewGuid():N}-2024.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.7\nnot really\n"u8.ToArray());
        try
        {
            var full = await CliRun.RunAsync("tree", pdf);

            var (code, output, error) = await RunAsync(native, ["tree", pdf]);

            Assert.That((code, output.Length), Is.EqualTo((full.ExitCode, 0)));
            Assert.That(code, Is.Not.Zero);
            Assert.That(error, Is.EqualTo(full.Error).And.StartWith("kzdiff: "));
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>
    /// The binary a publish without -o leaves under the artifacts folder these tests were built
    /// in (artifacts/publish/KzDiff.Cli.Native/release_linux-x64/kzdiff), or the one named by
    /// <see cref="NativeVariable"/>, which then must exist.
    /// </summary>
    private static string RequireNative()
    {
        var configured = Environment.GetEnvironmentVariable(NativeVariable);
        var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", ".."));
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(artifacts, "publish", "KzDiff.Cli.Native", "release_" + RuntimeInformation.RuntimeIdentifier, "kzdiff")
            : Path.GetFullPath(configured);
        if (!File.Exists(path) && !string.IsNullOrWhiteSpace(configured))
        {
            Assert.Fail($"{NativeVariable} names {path}, which does not exist");
        }

        if (!File.Exists(path))
        {
            var reason = $"no published native kzdiff at {path}: publish it with `dotnet publish src/KzDiff.Cli.Native -c Release -r {RuntimeInformation.RuntimeIdentifier}` or run tests/bench/startup.sh ({NativeVariable} names another)";
            if (TestEnvironment.RequiresAll)
            {
                // .ci/test.sh publishes it: in CI a missing binary is a failure, not a skip.
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }

        return path;
    }

    private static async Task<(int Code, byte[] Output, string Error)> RunAsync(string executable, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        await Task.WhenAll(copy, error);
        await process.WaitForExitAsync();
        return (process.ExitCode, output.ToArray(), await error);
    }
}
