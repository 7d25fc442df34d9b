using KzDiff.Core.Parsing;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Hosting;
using KzDiff.Service.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace KzDiff.Service.Tests.Editions;

/// <summary>The import limits of appsettings.json (KzDiff:Import) are the parser's limits.</summary>
public sealed class CoreEditionReaderTests
{
    [TestCase("MaxHeadings", "3")]
    [TestCase("MaxSections", "3")]
    public void Read_RefusesNamingTheLimit_WhenConfiguredLimitIsBelowTheEdition(string key, string value)
    {
        var reader = new CoreEditionReader(Options(key, value));

        Assert.That(() => reader.Read(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt", null),
            Throws.TypeOf<EditionParseException>().With.Message.Contains(key));
    }

    [Test]
    public void Read_RefusesNamingTheLimit_WhenConfiguredNestingDepthIsBelowThePage()
    {
        var reader = new CoreEditionReader(Options("MaxNestingDepth", "5"));
        var page = "<html><head><title>Veloria - United States Department of State</title></head><body><div id=\"report_content\">"
            + "<section class=\"report__content__inner\"><h2>Executive Summary</h2><div><div><div><p>Deep.</p></div></div></div></section></div></body></html>";

        Assert.That(() => reader.Read(System.Text.Encoding.UTF8.GetBytes(page), "veloria-2023.html", null),
            Throws.TypeOf<EditionParseException>().With.Message.Contains("MaxNestingDepth"));
    }

    [Test]
    public void Read_ReadsEdition_WhenLimitsAreTheDefaults()
    {
        var edition = new CoreEditionReader(Options()).Read(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt", null);

        Assert.That(edition.Metadata.CountryKey, Is.EqualTo("ruritania"));
    }

    [TestCase("MaxNestingDepth")]
    [TestCase("MaxHeadings")]
    [TestCase("MaxSections")]
    public void Constructor_Throws_WhenALimitIsZero(string key)
    {
        Assert.That(() => new CoreEditionReader(Options(key, "0")), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains(key));
    }

    private static KzDiffOptions Options(string? key = null, string? value = null)
    {
        var settings = new Dictionary<string, string?>();
        if (key is not null)
        {
            settings[$"KzDiff:Import:{key}"] = value;
        }

        return ServiceCollectionExtensions.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }
}
