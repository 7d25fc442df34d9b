using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Tests.Comparison.Text;

public sealed class TextFoldTests
{
    [TestCase("", 0)]
    [TestCase("Torture", 1)]
    [TestCase("In 2019 the KNB detained 3,868 persons.", 8)]
    [TestCase("abcdefgh ijklmnop", 2)]
    [TestCase("abcdefg hijklmnop", 2)]
    [TestCase("Nur-Sultan’s “Kazakhstan Bureau for Human Rights” said", 9)]
    [TestCase("Öskemen and Almaty; Qaraghandy—Zhezqazghan", 5)]
    [TestCase("   ...   ;;;   ", 0)]
    public void CountWords_CountsRunsOfLettersAndDigits_WhenWordsCrossTheEightCharacterBlocks(string text, int words)
    {
        Assert.That(TextFold.CountWords(text), Is.EqualTo(words));
    }

    [Test]
    public void CountWords_AgreesWithWordHashes_OnEveryOffsetOfAMixedSentence()
    {
        // Every starting offset moves the words across the blocks the count reads at once.
        const string sentence = "On January 23, Ğalymzhan Zhaqiyanov’s NGO—“Erkindik Qanaty”—reported 1.06 million tenge (€2,400) in fines; 20 percent.";
        for (var i = 0; i < sentence.Length; i++)
        {
            var text = sentence[i..];
            Assert.That(TextFold.CountWords(text), Is.EqualTo(TextFold.WordHashes(text).Length), text);
        }
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(255)]
    [TestCase(256)]
    [TestCase(5_000)]
    [TestCase(70_000)]
    public void DistinctSorted_EqualsOrderedDistinctValues_ForRandomHashes(int count)
    {
        var random = new Random(count);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            // Duplicates, the extremes, and values that differ only in their top or bottom bits.
            hashes[i] = (i % 7) switch
            {
                0 => ulong.MaxValue,
                1 => (ulong)random.Next(16),
                2 => (ulong)random.Next(16) << 60,
                3 when i > 0 => hashes[random.Next(i)],
                _ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
            };
        }

        var original = (ulong[])hashes.Clone();

        var sorted = TextFold.DistinctSorted(hashes);

        Assert.Multiple(() =>
        {
            Assert.That(sorted, Is.EqualTo(original.Distinct().Order().ToArray()));
            Assert.That(hashes, Is.EqualTo(original), "the input is left as it was");
        });
    }

    [Test]
    public void DistinctSorted_KeepsOneValue_WhenEveryHashIsTheSame()
    {
        var sorted = TextFold.DistinctSorted(Enumerable.Repeat(0x0123456789ABCDEFUL, 1_000).ToArray());

        Assert.That(sorted, Is.EqualTo(new[] { 0x0123456789ABCDEFUL }));
    }
}
