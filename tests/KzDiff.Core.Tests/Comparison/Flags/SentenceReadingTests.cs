using KzDiff.Core.Comparison.Flags;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Tests.Comparison.Flags;

/// <summary>The flag rules' scanner: the entity rule looks its tokens up in the aligner's word hashes, so the two must agree.</summary>
public sealed class SentenceReadingTests
{
    [TestCase("On June 9, President Kassym-Jomart Tokayev was elected; the Committee for National Security (KNB) denied it.")]
    [TestCase("Öskemen and Nur-Sultan residents protested against the “foreign agent” law.")]
    public void HashOf_EqualsTheAlignersWordHash_ForEveryWordWithoutSeparators(string sentence)
    {
        var reading = SentenceReading.Read(sentence, index: null);

        Assert.That(Enumerable.Range(0, reading.Tokens.Length).Select(reading.HashOf), Is.EqualTo(TextFold.WordHashes(sentence)));
    }

    [Test]
    public void Read_KeepsANumberWithSeparatorsAsOneToken_AndSplitsAtACommaFollowedBySpace()
    {
        // Kazakhstan 2020, 1.e: "3,868" is one count; "2019, 3" is a year and another number.
        var reading = SentenceReading.Read("In 2019, 3,868 persons were registered as missing.", index: null);

        Assert.That(Enumerable.Range(0, reading.Tokens.Length).Select(i => reading.Word(i).ToString()), Is.EqualTo(new[] { "In", "2019", "3,868", "persons", "were", "registered", "as", "missing" }));
        Assert.That(reading.Tokens[2].Shape, Is.EqualTo(TokenShape.Number));
    }

    [Test]
    public void Read_TellsAcronymsFromCapitalisedWords()
    {
        var reading = SentenceReading.Read("The KNB and Ms. A spoke", index: null);

        Assert.That(reading.Tokens.ToArray().Select(t => t.Shape), Is.EqualTo(new[] { TokenShape.Capitalised, TokenShape.Acronym, TokenShape.Lower, TokenShape.Capitalised, TokenShape.Capitalised, TokenShape.Lower }));
    }
}
