namespace KzDiff.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Test]
    public async Task Bench_FailsWithOneLine_WhenCorpusIsMissing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "kzdiff-no-corpus-" + Guid.NewGuid().ToString("N"));

        var run = await CliRun.RunAsync("bench", "--corpus", missing);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Is.EqualTo($"kzdiff: {missing}: corpus folder not found (pass --corpus PATH){Environment.NewLine}"));
        });
    }

    [Test]
    [Category("Corpus")]
    public async Task Bench_PrintsMedianPerCase_ForParseGroup()
    {
        // A two-file corpus in the real layout keeps this a smoke test; figures are not asserted.
        var corpus = Path.Combine(Path.GetTempPath(), "kzdiff-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(corpus, "state-gov", "2019"));
        Directory.CreateDirectory(Path.Combine(corpus, "pdf-text"));
        File.Copy(Path.Combine(TestEnvironment.RequireCorpus(), "state-gov", "2019", "kazakhstan.html"), Path.Combine(corpus, "state-gov", "2019", "kazakhstan.html"));
        File.Copy(Path.Combine(TestEnvironment.RequireCorpus(), "pdf-text", "kazakhstan-2019.txt"), Path.Combine(corpus, "pdf-text", "kazakhstan-2019.txt"));
        try
        {
            var run = await CliRun.RunAsync("bench", "--corpus", corpus, "--only", "parse", "--runs", "1");

            Assert.That(run.ExitCode, Is.Zero, run.Error);
            var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(4));
            Assert.That(lines.Skip(1), Has.All.Match(@"^parse\s+.+median\s+\d+\.\d\d ms"));
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    [Test]
    [Category("Corpus")]
    public async Task Bench_PrintsBothMediansAndTheirRatio_ForFlagsGroup()
    {
        var run = await CliRun.RunAsync("bench", "--corpus", TestEnvironment.RequireCorpus(), "--only", "flags", "--runs", "3");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(7));
        Assert.That(lines[1], Does.Match(@"^flags\s+kazakhstan 2019->2020 engine alone \(flags off, no summary\)\s+median\s+\d+\.\d\d ms .*3 (samples of \d+ )?runs"));
        Assert.That(lines[2], Does.Match(@"^flags\s+kazakhstan 2019->2020 engine \+ flags \+ summary\s+median\s+\d+\.\d\d ms .*3 (samples of \d+ )?runs"));
        Assert.That(lines[3], Does.Match(@"^flags\s+ratio of the two cases above \(samples alternated\)\s+median\s+\d+\.\d{3} .*pair by pair \d+\.\d{3}, quartiles .*limit 1\.20 on (CPU|wall) time: (within|OVER)\)$"));
        Assert.That(lines[4], Does.Match(@"^flags\s+same, editions not seen before: engine alone\s+median\s+\d+\.\d\d ms "));
        Assert.That(lines[5], Does.Match(@"^flags\s+same, editions not seen before: \+ flags \+ summary\s+median\s+\d+\.\d\d ms "));
        Assert.That(lines[6], Does.Match(@"^flags\s+ratio of the two cases above \(samples alternated\)\s+median\s+\d+\.\d{3} .*pair by pair \d+\.\d{3}"));
    }

    [Test]
    [Category("Corpus")]
    public async Task Bench_FailsWithOneLine_WhenGroupIsUnknown()
    {
        var run = await CliRun.RunAsync("bench", "--corpus", TestEnvironment.RequireCorpus(), "--only", "nothing");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Is.EqualTo($"kzdiff: no benchmark cases in group 'nothing'{Environment.NewLine}"));
    }
}
