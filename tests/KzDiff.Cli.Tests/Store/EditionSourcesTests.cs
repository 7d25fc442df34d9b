using KzDiff.Cli.Commands;
using KzDiff.Cli.Store;

namespace KzDiff.Cli.Tests.Store;

[NonParallelizable]
public sealed class EditionSourcesTests
{
    [Test]
    public async Task Load_ReadsStoredEdition_WhenArgumentIsCountryAndYear()
    {
        using var store = new TemporaryStore();
        await ImportCommand.RunAsync([TemporaryStore.TestData("ruritania-2022.txt")], TextWriter.Null, TextWriter.Null, false, CancellationToken.None);

        var edition = EditionSources.Load("Ruritania:2022");

        Assert.That((edition.Metadata.CountryKey, edition.Metadata.Year), Is.EqualTo(("ruritania", 2022)));
        Assert.That(edition.Root.DescendantsAndSelf().Count(), Is.GreaterThan(5));
    }

    [Test]
    public async Task Load_ListsStoredYears_WhenYearIsNotStored()
    {
        using var store = new TemporaryStore();
        await ImportCommand.RunAsync([TemporaryStore.TestData("ruritania-2022.txt")], TextWriter.Null, TextWriter.Null, false, CancellationToken.None);

        var error = Assert.Throws<CommandLineException>(() => EditionSources.Load("ruritania:2030"));

        Assert.That(error!.Message, Is.EqualTo("ruritania:2030: no such file, and 'ruritania' is stored only for 2022"));
    }

    [Test]
    public void Load_ReadsFile_WhenArgumentIsAnExistingPath()
    {
        var edition = EditionSources.Load(TemporaryStore.TestData("freedonia-2024.txt"));

        Assert.That(edition.Metadata.Year, Is.EqualTo(2024));
    }

    [TestCase("kazakhstan:2019", "kazakhstan", 2019, null)]
    [TestCase("kyrgyz-republic:2016@2", "kyrgyz-republic", 2016, 2)]
    [TestCase("Burkina Faso:2023", "Burkina Faso", 2023, null)]
    public void TryParse_ReadsCountryYearAndRevision(string text, string country, int year, int? revision)
    {
        Assert.That(StoredEditionReference.TryParse(text, out var reference), Is.True);
        Assert.That(reference, Is.EqualTo(new StoredEditionReference(country, year, revision)));
    }

    [TestCase("editions/kazakhstan-2019.html")]
    [TestCase("C:2019x")]
    [TestCase("kazakhstan:19")]
    public void TryParse_Refuses_WhenTextIsNotAReference(string text)
    {
        Assert.That(StoredEditionReference.TryParse(text, out _), Is.False);
    }
}
