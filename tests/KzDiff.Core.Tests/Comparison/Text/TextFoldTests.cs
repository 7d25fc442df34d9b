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
}
