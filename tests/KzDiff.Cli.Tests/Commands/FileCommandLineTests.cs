using KzDiff.Cli.Commands;

namespace KzDiff.Cli.Tests.Commands;

/// <summary>
/// What the native kzdiff runs itself and what it hands to the full CLI; and that what it runs
/// itself prints exactly what the full CLI prints.
/// </summary>
public sealed class FileCommandLineTests
{
    private static string Lumeria(int year) => LumeriaEditions.PathOf($"lumeria-{year}.txt");

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("markdown")]
    [TestCase("html")]
    public async Task Invoke_PrintsWhatTheFullCliPrints_ForCompareOfLumeria(string format)
    {
        string[] args = ["compare", Lumeria(2023), Lumeria(2024), "--format", format];
        var full = await CliRun.RunAsync(args);

        var parse = FileCommandLine.Parse(args);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = FileCommandLine.Invoke(parse, output, error);

        Assert.That(FileCommandLine.Serves(parse), Is.True);
        Assert.That((code, error.ToString()), Is.EqualTo((0, string.Empty)));
        Assert.That(full.ExitCode, Is.Zero, full.Error);
        Assert.That(output.ToString(), Is.EqualTo(full.Output).And.Contain("Lumeria"));
    }

    [Test]
    public async Task Invoke_PrintsWhatTheFullCliPrints_ForTreeAsJson()
    {
        string[] args = ["tree", Lumeria(2024), "--format", "json"];
        var full = await CliRun.RunAsync(args);

        var parse = FileCommandLine.Parse(args);
        using var output = new StringWriter();
        var code = FileCommandLine.Invoke(parse, output, TextWriter.Null);

        Assert.That((FileCommandLine.Serves(parse), code), Is.EqualTo((true, 0)));
        Assert.That(output.ToString(), Is.EqualTo(full.Output).And.Contain("\"country\": \"lumeria\""));
    }

    [Test]
    public void Serves_IsTrue_ForCompareOfTextFilesWithOptions()
    {
        var parse = FileCommandLine.Parse(["compare", Lumeria(2023), Lumeria(2024), "--changes-only", "--terms", "torture", "-o", "out.md", "-f", "markdown"]);

        Assert.That(FileCommandLine.Serves(parse), Is.True);
    }

    [TestCase("", TestName = "Serves_IsFalse_WithoutACommand")]
    [TestCase("--help", TestName = "Serves_IsFalse_ForHelp")]
    [TestCase("compare --help", TestName = "Serves_IsFalse_ForHelpOfCompare")]
    [TestCase("--version", TestName = "Serves_IsFalse_ForVersion")]
    [TestCase("import editions", TestName = "Serves_IsFalse_ForAStoreCommand")]
    [TestCase("compare lumeria:2023 lumeria:2024", TestName = "Serves_IsFalse_ForStoredEditions")]
    [TestCase("compare no-such-2023.txt no-such-2024.txt", TestName = "Serves_IsFalse_ForMissingFiles")]
    [TestCase("compare --format pdf a b", TestName = "Serves_IsFalse_ForAnInvalidOption")]
    public void Serves_IsFalse_ForWhatTheFullCliAnswers(string commandLine)
    {
        Assert.That(FileCommandLine.Serves(FileCommandLine.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))), Is.False);
    }

    [Test]
    public void Serves_IsFalse_ForStoredEditionBesideAFile()
    {
        Assert.That(FileCommandLine.Serves(FileCommandLine.Parse(["compare", Lumeria(2023), "lumeria:2024"])), Is.False);
    }

    [Test]
    public void Serves_IsFalse_ForAPdfFileWhateverItsName()
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"lumeria-{Guid.NewGuid():N}-2024.txt");
        File.WriteAllBytes(pdf, "%PDF-1.7\n%binary\n"u8.ToArray());
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(FileCommandLine.Serves(FileCommandLine.Parse(["compare", Lumeria(2023), pdf])), Is.False);
                Assert.That(FileCommandLine.Serves(FileCommandLine.Parse(["tree", pdf])), Is.False);
                Assert.That(FileCommandLine.Serves(FileCommandLine.Parse(["tree", Lumeria(2023), "--input-format", "pdf"])), Is.False);
                Assert.That(FileCommandLine.Serves(FileCommandLine.Parse(["tree", Lumeria(2023)])), Is.True);
            });
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
