using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Core.Parsing;
using KzDiff.Web.Pages.Compare;

namespace KzDiff.Web.Tests.Pages.Compare;

public sealed class SentencePiecesTests
{
    [Test]
    public void For_GivesBackBothSentencesExactly_ForEveryModifiedSentenceOfRealEngineOutput()
    {
        foreach (var country in new[] { "arcadia", "hostilia" })
        {
            var comparison = EditionComparer.Compare(Parse($"{country}-2022.txt"), Parse($"{country}-2023.txt"));
            var modified = comparison.Sections.SelectMany(s => s.Sentences).Where(s => s.Status == SentenceStatus.Modified).ToList();
            Assert.That(modified, Is.Not.Empty, country);
            foreach (var sentence in modified)
            {
                var (oldPieces, newPieces) = SentencePieces.For(sentence, null);
                Assert.That(Join(oldPieces), Is.EqualTo(sentence.Old));
                Assert.That(Join(newPieces), Is.EqualTo(sentence.New));
            }
        }
    }

    [Test]
    public void For_MarksOnlyTheEditedWords_WhenRunsCarryNoSpaces()
    {
        var sentence = new SentenceChange(SentenceStatus.Modified, ChangeKind.Substantive,
            "Authorities blocked 3 news websites.", "Authorities blocked 19 news websites.", null, null,
            [new(WordOperation.Equal, "Authorities blocked"), new(WordOperation.Delete, "3"), new(WordOperation.Insert, "19"), new(WordOperation.Equal, "news websites.")]);

        var (oldPieces, newPieces) = SentencePieces.For(sentence, null);

        Assert.That(Join(oldPieces), Is.EqualTo(sentence.Old));
        Assert.That(Join(newPieces), Is.EqualTo(sentence.New));
        Assert.That(newPieces.Where(p => p.Style == PieceStyle.Inserted).Select(p => p.Text), Is.EqualTo(new[] { "19" }));
        Assert.That(oldPieces.Where(p => p.Style == PieceStyle.Deleted).Select(p => p.Text), Is.EqualTo(new[] { "3" }));
    }

    [Test]
    public void Split_FlagsEveryCaseInsensitiveHit_WhenQueryGiven()
    {
        var pieces = SentencePieces.Split("Torture and torture.", PieceStyle.Plain, "TORTURE");

        Assert.That(pieces.Where(p => p.Match).Select(p => p.Text), Is.EqualTo(new[] { "Torture", "torture" }));
        Assert.That(Join(pieces), Is.EqualTo("Torture and torture."));
    }

    private static string Join(ImmutableArray<TextPiece> pieces) => string.Concat(pieces.Select(p => p.Text));

    private static Core.Editions.Edition Parse(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Browser", "Editions", name);
        return EditionParser.Parse(File.ReadAllBytes(path), name);
    }
}
