using System.Text;
using KzDiff.Core.Comparison;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Lineage;

namespace KzDiff.Service.Tests.Lineage;

public sealed class SentenceLineageChainTests
{
    private static readonly Edition Y2021 = Parse(2021,
        "Prisons were overcrowded and lacked heating in winter.",
        "The government denied that police tortured detainees in custody.",
        "Officials said the practice was \"routine\" and lawful.");

    private static readonly Edition Y2022 = Parse(2022,
        "Prisons were overcrowded and lacked heating in winter.",
        "The government denied that police tortured detainees in pretrial custody.",
        "Officials said the practice was “routine” and lawful.",
        "A new ombudsman office opened in the capital city.");

    private static readonly Edition Y2023 = Parse(2023,
        "Prisons were overcrowded and lacked heating in winter.",
        "The government denied that police tortured detainees in pretrial custody.",
        "Officials said the practice was “routine” and lawful.",
        "A new ombudsman office opened in the capital city and two regional towns.",
        "Journalists were detained at a protest in the capital.");

    [Test]
    public void Next_KeepsFirstSeenAndRun_WhenSentenceUnchangedOrOnlyReformatted()
    {
        var items = Chain();

        var prisons = Item(items, "Prisons were");
        Assert.That((prisons.FirstSeen, prisons.UnchangedSince, prisons.RewordedIn.Count), Is.EqualTo((2021, 2021, 0)));
        var quotes = Item(items, "Officials said");
        Assert.That((quotes.FirstSeen, quotes.UnchangedSince), Is.EqualTo((2021, 2021)), "straight to curly quotes is formatting");
        Assert.That(quotes.RewordedIn, Is.Empty);
    }

    [Test]
    public void Next_StartsNewRunAndListsYear_WhenSentenceReworded()
    {
        var items = Chain();

        var denied = Item(items, "The government denied");
        Assert.That((denied.FirstSeen, denied.UnchangedSince), Is.EqualTo((2021, 2022)));
        Assert.That(denied.RewordedIn, Is.EqualTo(new[] { 2022 }));
        var ombudsman = Item(items, "A new ombudsman");
        Assert.That((ombudsman.FirstSeen, ombudsman.UnchangedSince), Is.EqualTo((2022, 2023)));
        Assert.That(ombudsman.RewordedIn, Is.EqualTo(new[] { 2023 }));
        Assert.That(ombudsman.Describe(), Is.EqualTo("since 2022, reworded in 2023"));
    }

    [Test]
    public void Next_StartsLineage_WhenSentenceNew()
    {
        var journalists = Item(Chain(), "Journalists were");

        Assert.That((journalists.FirstSeen, journalists.UnchangedSince), Is.EqualTo((2023, 2023)));
        Assert.That(journalists.Section, Is.EqualTo("1.c"));
    }

    [Test]
    public void Next_KeepsFirstSeen_WhenSentenceSplitOffALongerOne()
    {
        var older = Parse(2021, "Inspectors visited ten prisons in the spring; Guards beat inmates regularly according to the ombudsman report.");
        var newer = Parse(2022, "Inspectors visited ten prisons in the spring. Guards beat inmates regularly according to the ombudsman report.");

        var items = SentenceLineageChain.Next(SentenceLineageChain.First(older), EditionComparer.Compare(older, newer), newer);

        Assert.That(Item(items, "Guards beat").FirstSeen, Is.EqualTo(2021));
        Assert.That(Item(items, "Inspectors visited").FirstSeen, Is.EqualTo(2021));
    }

    [Test]
    public void Describe_JoinsYears_WhenRewordedSeveralTimes()
    {
        var item = new SentenceLineageItem("s", "1.c", 2016, 2021, [2019, 2020, 2021]);

        Assert.That(item.Describe(), Is.EqualTo("since 2016, reworded in 2019, 2020 and 2021"));
    }

    private static IReadOnlyList<SentenceLineageItem> Chain()
    {
        var first = SentenceLineageChain.First(Y2021);
        var second = SentenceLineageChain.Next(first, EditionComparer.Compare(Y2021, Y2022), Y2022);
        var third = SentenceLineageChain.Next(second, EditionComparer.Compare(Y2022, Y2023), Y2023);
        Assert.That(third, Has.Count.EqualTo(Y2023.Root.DescendantsAndSelf().Sum(n => n.Sentences.Count()) ));
        return third;
    }

    private static SentenceLineageItem Item(IReadOnlyList<SentenceLineageItem> items, string start) =>
        items.Single(i => i.Sentence.StartsWith(start, StringComparison.Ordinal));

    private static Edition Parse(int year, params string[] prisonSentences)
    {
        var text = $"""
            FREEDONIA {year} HUMAN RIGHTS REPORT
            Executive Summary
            Freedonia is a fictional republic with an elected parliament.
            Section 1. Respect for the Integrity of the Person
            c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment
            {string.Join(' ', prisonSentences)}

            """;
        return EditionParser.Parse(Encoding.UTF8.GetBytes(text), $"freedonia-{year}.txt");
    }
}
