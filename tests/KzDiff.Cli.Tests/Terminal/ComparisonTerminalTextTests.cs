using System.Text.RegularExpressions;
using KzDiff.Cli.Terminal;
using KzDiff.Core.Comparison;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;
using KzDiff.Testing;

namespace KzDiff.Cli.Tests.Terminal;

public sealed partial class ComparisonTerminalTextTests
{
    private static EditionComparison Freedonia()
    {
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "KzDiff.Cli.Tests", "Commands");
        return EditionComparer.Compare(
            EditionParser.Parse(File.ReadAllBytes(Path.Combine(folder, "freedonia-2019.txt")), "freedonia-2019.txt"),
            EditionParser.Parse(File.ReadAllBytes(Path.Combine(folder, "freedonia-2020.txt")), "freedonia-2020.txt"));
    }

    [Test]
    public void Write_ColoursDeletedRedAndInsertedGreen_WithStandardEscapes()
    {
        using var output = new StringWriter();

        ComparisonTerminalText.Write(TerminalConsole.Create(output, ComparisonTerminalText.NoWrapWidth), Freedonia(), RenderOptions.Default);

        Assert.That(output.ToString(), Does.Contain("\u001b[31m[-two-]\u001b[0m"));
        Assert.That(output.ToString(), Does.Contain("\u001b[32m{+five+}\u001b[0m"));
    }

    [Test]
    public void Write_ShowsExactlyThePlainText_OnceColoursAreRemoved()
    {
        var comparison = Freedonia();
        using var output = new StringWriter();

        ComparisonTerminalText.Write(TerminalConsole.Create(output, ComparisonTerminalText.NoWrapWidth), comparison, RenderOptions.Default);

        Assert.That(Escapes().Replace(output.ToString(), string.Empty), Is.EqualTo(ComparisonRenderer.Render(comparison, ComparisonFormat.Text)));
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Escapes();
}
