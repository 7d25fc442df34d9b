using System.Text.Json;

namespace KzDiff.Cli.Tests.Commands;

public sealed class CompareCommandTests
{
    /// <summary>Sample editions beside this file in the source tree (fictional, written for these tests).</summary>
    private static string Sample(string name) =>
        Path.Combine(TestEnvironment.RepositoryRoot, "tests", "KzDiff.Cli.Tests", "Commands", name);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KzDiffApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Compare_PrintsWordChangesAsPlainText_WhenOutputIsNotATerminal()
    {
        var (code, output, error) = await Run("compare", Sample("freedonia-2019.txt"), Sample("freedonia-2020.txt"));

        Assert.That((code, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Does.Contain("~ There were reports that police killed [-two-]{+five+} protesters"));
        Assert.That(output, Does.Contain("(routine)"));
        Assert.That(output, Does.Not.Contain("\u001b["));
    }

    [Test]
    public async Task Compare_PrintsContractJson_WhenFormatIsJson()
    {
        var (code, output, _) = await Run("compare", Sample("freedonia-2019.txt"), Sample("freedonia-2020.txt"), "--format", "json", "--changes-only");

        Assert.That(code, Is.Zero);
        using var document = JsonDocument.Parse(output);
        Assert.That(document.RootElement.GetProperty("old").GetProperty("year").GetInt32(), Is.EqualTo(2019));
        Assert.That(document.RootElement.GetProperty("new").GetProperty("country").GetString(), Is.EqualTo("freedonia"));
        var rows = document.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("sentences").EnumerateArray()).ToList();
        Assert.That(rows.Select(r => r.GetProperty("status").GetString()), Has.None.EqualTo("unchanged"));
    }

    [Test]
    public async Task Compare_WritesTheFile_WhenOutputIsGiven()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kzdiff-compare-{Guid.NewGuid():N}.html");
        try
        {
            var (code, output, _) = await Run("compare", Sample("freedonia-2019.txt"), Sample("freedonia-2020.txt"), "--format", "html", "--output", path);

            Assert.That((code, output), Is.EqualTo((0, string.Empty)));
            var html = await File.ReadAllTextAsync(path);
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Not.Contain("<script>alert(1)"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Compare_OnlyShowsTheSection_WhenSectionIsGiven()
    {
        var (_, output, _) = await Run("compare", Sample("freedonia-2019.txt"), Sample("freedonia-2020.txt"), "--format", "markdown", "--section", "Disappearance");

        Assert.That(output, Does.Contain("Disappearance"));
        Assert.That(output, Does.Not.Contain("protesters"));
    }

    [Test]
    public async Task Compare_FailsWithOneLine_WhenAFileIsMissing()
    {
        var (code, output, error) = await Run("compare", Sample("freedonia-2019.txt"), Sample("no-such-edition.txt"));

        Assert.That(code, Is.Not.Zero);
        Assert.That(output, Is.Empty);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.Contain("no such file").And.Not.Contain(" at "));
    }

    [Test]
    public async Task Compare_FailsWithOneLine_WhenAFileIsNotAnEdition()
    {
        var binary = Path.Combine(Path.GetTempPath(), $"kzdiff-binary-{Guid.NewGuid():N}-2019.txt");
        await File.WriteAllBytesAsync(binary, [0, 1, 2, 255, 254, 0, 0, 7, 8, 9]);
        try
        {
            var (code, _, error) = await Run("compare", binary, Sample("freedonia-2020.txt"));

            Assert.That(code, Is.Not.Zero);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.StartWith("kzdiff compare: ").And.Not.Contain("Exception"));
        }
        finally
        {
            File.Delete(binary);
        }
    }
}
