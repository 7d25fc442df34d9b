using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace KzDiff.Cli.Tests.Commands;

public sealed class TreeCommandTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "kzdiff-tree-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Tree_PrintsOutlineWithCounts_ForSampleEdition()
    {
        var run = await CliRun.RunAsync("tree", TestEnvironment.SampleEdition("veloria-2023.txt"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.Output, Does.StartWith("Veloria 2023  (country key veloria, text, sha256 "));
            Assert.That(run.Output, Does.Contain("\nSection 1. Respect for the Integrity of the Person  [1]"));
            Assert.That(run.Output, Does.Contain("\n    Prison and Detention Center Conditions  [1.c/prison-and-detention-center-conditions]  1 paragraphs, 1 sentences, 17 words\n"));
            Assert.That(run.Output, Does.Contain("\n      Physical Conditions:  [1.c/prison-and-detention-center-conditions/physical-conditions]  1 paragraphs, 3 sentences, 53 words\n"));
        });
    }

    [Test]
    public async Task Tree_PrintsJsonContract_WhenFormatIsJson()
    {
        var run = await CliRun.RunAsync("tree", TestEnvironment.SampleEdition("veloria-2022.txt"), "--format", "json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var section1 = root.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("path").GetString() == "1");
        var subsection = section1.GetProperty("children").EnumerateArray().Single(n => n.GetProperty("path").GetString() == "1.c");
        var prison = subsection.GetProperty("children")[0];
        var physical = prison.GetProperty("children")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("country").GetString(), Is.EqualTo("veloria"));
            Assert.That(root.GetProperty("countryName").GetString(), Is.EqualTo("Veloria"));
            Assert.That(root.GetProperty("year").GetInt32(), Is.EqualTo(2022));
            Assert.That(root.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
            Assert.That(root.GetProperty("format").GetString(), Is.EqualTo("text"));
            Assert.That(root.GetProperty("level").GetString(), Is.EqualTo("document"));
            Assert.That(section1.GetProperty("level").GetString(), Is.EqualTo("section"));
            Assert.That(section1.GetProperty("number").GetString(), Is.EqualTo("1"));
            Assert.That(section1.GetProperty("title").GetString(), Is.EqualTo("Respect for the Integrity of the Person"));
            Assert.That(subsection.GetProperty("level").GetString(), Is.EqualTo("subsection"));
            Assert.That(subsection.GetProperty("number").GetString(), Is.EqualTo("c"));
            Assert.That(prison.GetProperty("level").GetString(), Is.EqualTo("subheading"));
            Assert.That(physical.GetProperty("level").GetString(), Is.EqualTo("runin"));
            Assert.That(physical.GetProperty("key").GetString(), Is.EqualTo("physical-conditions"));
            Assert.That(physical.GetProperty("sentences")[0].GetString(), Is.EqualTo("Prison conditions were harsh and life threatening due to overcrowding, inadequate sanitation, and a lack of medical care."));
            Assert.That(physical.GetProperty("paragraphs").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    [Category("Corpus")]
    public async Task Tree_ReadsRealStateGovPage_AsHtml()
    {
        var page = Path.Combine(TestEnvironment.RequireCorpus(), "state-gov", "2019", "kazakhstan.html");

        var run = await CliRun.RunAsync("tree", page, "--format", "json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("format").GetString(), Is.EqualTo("html"));
            Assert.That(json.RootElement.GetProperty("country").GetString(), Is.EqualTo("kazakhstan"));
            Assert.That(json.RootElement.GetProperty("children").GetArrayLength(), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task Tree_ReadsFileAsGivenFormat_WhenInputFormatIsSet()
    {
        var run = await CliRun.RunAsync("tree", TestEnvironment.SampleEdition("veloria-2024.txt"), "--format", "json", "--input-format", "pdf-text");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.That(json.RootElement.GetProperty("format").GetString(), Is.EqualTo("pdf-text"));
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenFileIsMissing()
    {
        var missing = Path.Combine(folder, "nowhere-2019.html");

        var run = await CliRun.RunAsync("tree", missing);

        AssertOneLineError(run, $"kzdiff: {missing}: no such file");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenFileIsEmpty()
    {
        var path = Write("empty-2020.txt", []);

        AssertOneLineError(await CliRun.RunAsync("tree", path), $"kzdiff: {path}: the file is empty");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenFileIsBinary()
    {
        var path = Write("image-2020.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        AssertOneLineError(await CliRun.RunAsync("tree", path), $"kzdiff: {path}: this is a binary file (it contains NUL bytes), not a text or HTML edition");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenTextIsWindows1252()
    {
        // "Côte d’Ivoire" as Windows-1252 bytes: ô = 0xF4, ’ = 0x92.
        var path = Write("cote-divoire-2023.txt", [.. Encoding.ASCII.GetBytes("COTE D"), 0x92, .. Encoding.ASCII.GetBytes("IVOIRE 2023 HUMAN RIGHTS REPORT\nC"), 0xF4, .. Encoding.ASCII.GetBytes("te d\n")]);

        var run = await CliRun.RunAsync("tree", path);

        AssertOneLineError(run, $"kzdiff: {path}: the text is not UTF-8 (invalid byte 0x92 at offset 6; it looks like Windows-1252): save it as UTF-8 and try again");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenPageIsNotAReport()
    {
        var path = Write("news.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Press briefing</title></head><body><h1>Briefing</h1><p>Good afternoon.</p></body></html>"));

        AssertOneLineError(await CliRun.RunAsync("tree", path), $"kzdiff: {path}: not a Country Report on Human Rights Practices: the page has no report body");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenReportPageHasNoBody()
    {
        var path = Write("page.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>Kazakhstan - United States Department of State</title>"
            + "<link rel=\"canonical\" href=\"https://www.state.gov/reports/2019-country-reports-on-human-rights-practices/kazakhstan/\"></head>"
            + "<body><nav><a href=\"#\">Section 1</a></nav></body></html>"));

        AssertOneLineError(await CliRun.RunAsync("tree", path), $"kzdiff: {path}: no report body found: the page has no report__content__inner section");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenPathIsDirectory()
    {
        AssertOneLineError(await CliRun.RunAsync("tree", folder), $"kzdiff: {folder}: is a directory, not an edition file");
    }

    [Test]
    public async Task Tree_FailsWithOneLine_WhenCountryCannotBeTold()
    {
        var path = Write("notes.txt", Encoding.UTF8.GetBytes("Some notes.\n\nMore notes.\n"));

        var run = await CliRun.RunAsync("tree", path);

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.StartWith($"kzdiff: {path}: cannot tell which year this edition covers"));
    }

    [Test]
    public async Task Tree_RejectsUnknownFormat_WithoutStackTrace()
    {
        var run = await CliRun.RunAsync("tree", TestEnvironment.SampleEdition("veloria-2022.txt"), "--format", "xml");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void BuiltExecutable_FailsWithOneLine_WhenFileIsMissing()
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "kzdiff.dll");
        var missing = Path.Combine(folder, "missing-2019.html");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "tree", missing })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "kzdiff did not exit");

        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(1));
            Assert.That(error.Result, Is.EqualTo($"kzdiff: {missing}: no such file\n"));
            Assert.That(output.Result, Is.Empty);
        });
    }

    private static void AssertOneLineError(CliRun run, string expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Is.EqualTo(expected + Environment.NewLine));
            Assert.That(run.Output, Is.Empty);
        });
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
