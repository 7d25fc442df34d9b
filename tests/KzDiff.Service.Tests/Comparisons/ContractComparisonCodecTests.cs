using KzDiff.Core.Comparison;
using KzDiff.Core.Parsing;
using KzDiff.Core.Rendering;
using KzDiff.Service.Comparisons;
using KzDiff.Service.Tests.Support;

namespace KzDiff.Service.Tests.Comparisons;

public sealed class ContractComparisonCodecTests
{
    [Test]
    public void Write_StoresCompactContractThatReadsBackLikeTheCli()
    {
        var comparison = EditionComparer.Compare(
            EditionParser.Parse(TestData.Bytes("ruritania-2022.txt"), "ruritania-2022.txt"),
            EditionParser.Parse(TestData.Bytes("ruritania-2023.txt"), "ruritania-2023.txt"));
        var codec = new ContractComparisonCodec();

        var stored = codec.Write(comparison);

        Assert.That(stored, Does.Not.Contain("\n"));
        Assert.That(stored.Length, Is.LessThan(ComparisonJson.Write(comparison).Length));
        Assert.That(ComparisonJson.Write(codec.Read(stored)), Is.EqualTo(ComparisonJson.Write(comparison)), "the same document as kzdiff compare --format json");
    }
}
