using KzDiff.Core.Parsing;
using KzDiff.Core.Tests.Comparison;

namespace KzDiff.Core.Tests.Parsing.Corpus;

/// <summary>Every real page gets its country's one key, the same in every year.</summary>
[Category("Corpus")]
public sealed class CountryKeyCorpusTests
{
    [Test]
    public void CountryKey_IsOnePerCountry_AcrossEveryYearOfTheCorpus()
    {
        var folder = EditionCorpus.StateGovFolder;
        var keysByYear = new SortedDictionary<int, List<(string File, string Key, string Name)>>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var year = int.Parse(Path.GetFileName(Path.GetDirectoryName(file)!), System.Globalization.CultureInfo.InvariantCulture);
            var edition = ComparisonCorpus.Load(Path.GetRelativePath(TestEnvironment.RequireCorpus(), file));
            if (!keysByYear.TryGetValue(year, out var list))
            {
                keysByYear[year] = list = [];
            }

            list.Add((Path.GetFileName(file), edition.Metadata.CountryKey, edition.Metadata.CountryName));
        }

        Assert.That(keysByYear, Has.Count.EqualTo(9), "years 2016-2024");
        foreach (var (year, pages) in keysByYear)
        {
            TestContext.Out.WriteLine($"{year}: {pages.Count} pages, keys {string.Join(" ", pages.Select(p => p.Key))}");
            var shared = pages.GroupBy(p => p.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.File))}").ToList();
            Assert.That(shared, Is.Empty, $"{year}: two pages under one key");
            // The key the report's own title gives is the key: title and address agree.
            var disagreeing = pages.Where(p => CountryKeys.Normalize(p.Name) != p.Key).Select(p => $"{p.File}: title '{p.Name}' vs key {p.Key}").ToList();
            Assert.That(disagreeing, Is.Empty, $"{year}: title and key disagree");
        }

        // The nine countries present every year keep one key from 2016 to 2024.
        var everyYear = keysByYear.Values.Select(p => p.Select(x => x.Key).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; });
        Assert.That(everyYear, Has.Count.EqualTo(9), string.Join(", ", everyYear));

        // Every country of an earlier year (Colombia 2019, the 2023 pages) is found under the same
        // key in 2024, which covers every country; 2024 adds countries, it drops none.
        var keys2023 = keysByYear[2023].Select(p => p.Key).ToHashSet();
        var keys2024 = keysByYear[2024].Select(p => p.Key).ToHashSet();
        foreach (var (year, pages) in keysByYear)
        {
            Assert.That(pages.Select(p => p.Key).Except(keys2024), Is.Empty, $"{year} countries with no 2024 key");
        }

        TestContext.Out.WriteLine("only in 2024: " + string.Join(", ", keys2024.Except(keys2023)));
        Assert.That(keys2024.Except(keys2023).Count(), Is.EqualTo(keysByYear[2024].Count - keysByYear[2023].Count));
    }
}
