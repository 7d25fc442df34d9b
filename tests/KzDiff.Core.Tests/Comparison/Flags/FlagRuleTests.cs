using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Tests.Comparison.Flags;

/// <summary>Each flag rule on real sentence pairs from the corpus (the edition each pair comes from is named), firing and not firing.</summary>
public sealed class FlagRuleTests
{
    [Test]
    public void Number_QuotesOldAndNewCountWithContext_WhenACountChanges()
    {
        // Kazakhstan 2019 → 2020, 1.e Political Prisoners and Detainees.
        var row = FlagProbe.Modified(
            "The civil society alliance Tirek maintained a list of approximately 20 individuals it considered detained or imprisoned based on politically motivated charges.",
            "The civil society alliance Tirek maintained a list of approximately 23 individuals it considered detained or imprisoned based on politically motivated charges.");

        Assert.That(row.Flag(FlagKind.Number).Explanation, Is.EqualTo("20 → 23 (individuals it considered)"));
    }

    [Test]
    public void Number_PairsEachCountButNotTheYear_WhenStatisticsAreUpdatedAndTheYearRolls()
    {
        // Kazakhstan 2019 → 2020, 7.b: the year rolls forward with the figures; only the figures are news.
        var row = FlagProbe.Modified(
            "In 2018 police investigated 106 criminal cases on human trafficking, and courts convicted 17 traffickers, all for sexual exploitation.",
            "In 2019 police investigated 102 criminal cases of human trafficking, and courts convicted eight traffickers, all for sexual exploitation.");

        var text = row.Flag(FlagKind.Number).Explanation;
        Assert.That(text, Does.Contain("106 → 102").And.Contain("17 → eight"));
        Assert.That(text, Does.Not.Contain("2018").And.Not.Contain("2019"));
    }

    [Test]
    public void Number_IgnoresTheDollarConversion_WhenAnAmountInTengeChanges()
    {
        // Kazakhstan 2018 → 2019, 2.b Freedom of Association.
        var row = FlagProbe.Modified(
            "If committed by the leader of the organization, the fine may be up to 1.06 million tenge ($3,180) or imprisonment for no more than 90 days.",
            "If committed by the leader of the organization, the fine may be up to 505,000 tenge ($1,311) or imprisonment for no more than 50 days.");

        var text = row.Flag(FlagKind.Number).Explanation;
        Assert.That(text, Does.Contain("90 → 50"));
        Assert.That(text, Does.Not.Contain("3,180").And.Not.Contain("1,311"));
    }

    [Test]
    public void Number_KeepsTheScaleWord_WhenAnAmountIsInMillions()
    {
        // Kazakhstan 2018 → 2019, 2.b Freedom of Association: "1.06 million" is the amount, not "1.06".
        var row = FlagProbe.Modified(
            "If committed by the leader of the organization, the fine may be up to 1.06 million tenge ($3,180) or imprisonment for no more than 90 days.",
            "If committed by the leader of the organization, the fine may be up to 505,000 tenge ($1,311) or imprisonment for no more than 50 days.");

        Assert.That(row.Flag(FlagKind.Number).Explanation, Is.EqualTo("1.06 million → 505,000 (tenge); 90 → 50 (days)"));
    }

    [Test]
    public void Number_IsNone_WhenAnAmountWrittenInWordsIsWrittenInDigits()
    {
        // Mexico 2018 → 2019, 2.a: "five hundred days" became "500 days"; the penalty is unchanged.
        var row = FlagProbe.Modified(
            "In Guanajuato, Nuevo Leon, Baja California Sur, Nayarit, Michoacan, and Yucatan, the crime of defamation is prosecuted, with penalties ranging from three days to five years in prison, and fines ranging from five to five hundred days of minimum salary for committing defamation or slander, both considered “crimes against honor.”",
            "In Baja California Sur, Guanajuato, Michoacan, Nayarit, Nuevo Leon, and Yucatan, the crime of defamation is prosecuted, with penalties ranging from three days to five years in prison and fines ranging from five to 500 days of minimum salary for committing defamation or slander, both considered “crimes against honor.”");

        Assert.That(row.Kinds(), Does.Not.Contain(FlagKind.Number));
    }

    [Test]
    public void Number_ListsBothAsGoneAndNew_WhenThePercentageAndTheCountMeasureDifferentThings()
    {
        // Kazakhstan 2019 → 2020, 7.e: a share of violations is not the number of inspections it became.
        var row = FlagProbe.Modified(
            "Wage arrears accounted for 20 percent of violations, unsafe work conditions 20 percent, and illegal employment or dismissal made up 14 percent of cases.",
            "From January to June, inspectors conducted 1,900 inspections and detected 3,000 violations of the law, such as wage arrears, unsafe work conditions, and illegal employment or dismissal.");

        var text = row.Flag(FlagKind.Number).Explanation;
        Assert.That(text, Does.StartWith("'20 percent of violations' removed; '20 percent' removed; '14 percent of cases' removed"));
        Assert.That(text, Does.Not.Contain("→"));
    }

    [Test]
    public void Number_PairsTheSameThing_WhenTheNounAfterTheFiguresChangesWording()
    {
        // Kazakhstan 2019 → 2020, 7.b: "people" became "persons"; the count of registered migrants changed.
        var row = FlagProbe.Modified(
            "In 2018 according to the Ministry of Interior Affairs, 1.8 million people were registered as migrants in the country.",
            "In 2019 according to the Ministry of Internal Affairs, 1.6 million persons were registered as migrants in the country.");

        Assert.That(row.Flag(FlagKind.Number).Explanation, Is.EqualTo("1.8 million → 1.6 million (persons were registered)"));
    }

    [Test]
    public void Number_IgnoresDaysOfTheMonth_WhenSeveralDaysShareOneMonthName()
    {
        // Russia 2020 → 2021, 1.d: "January 23 and 31 and February 2 and 14" are dates, not counts.
        var row = FlagProbe.Modified(
            "There were many reports of arbitrary arrest or detention, often in connection with demonstrations and single-person pickets, such as those that preceded and succeeded the July 1 national vote on constitutional amendments (see section 2.b.).",
            "There were many reports of arbitrary arrest or detention, often in connection with demonstrations or single-person pickets, such as those organized January 23 and 31 and February 2 and 14 calling for Navalny’s release (see section 1.e., Political Prisoners and Detainees, and section 2.b., Freedom of Assembly).");

        Assert.That(row.Kinds(), Does.Not.Contain(FlagKind.Number));
    }

    [Test]
    public void Number_IgnoresARangeOfDays_AndKeepsTheCountAfterADate()
    {
        // Mexico 2019 → 2020, 1.d: "June 4-9" is a range of days; Mexico 2019, 1.a: "On June 7, 25 persons" counts people.
        var range = FlagProbe.Added("The Jalisco State Commission for Human Rights reported at least 118 complaints against police for arbitrary detention, forced disappearance, and abuse of power after statewide protests on June 4-9 following the death of Giovanni Lopez, who died in municipal police custody in Ixtlahuacan de los Membrillos.");
        var count = FlagProbe.Removed("On June 7, 25 persons (members of the Ejidos and Communities Council Opposed to La Parota Dam) were released after 18 months in jail when a judge ruled there was no evidence against them.");

        Assert.That(range.Flag(FlagKind.Number).Explanation, Is.EqualTo("'118 complaints against police' added"));
        Assert.That(count.Flag(FlagKind.Number).Explanation, Does.StartWith("'25 persons' removed"));
    }

    [Test]
    public void Flags_AreNone_WhenOnlyTheYearRollsForward()
    {
        // Ukraine 2019 → 2020, 2.a.
        var row = FlagProbe.Modified(
            "As in 2018, private, rather than state, actors perpetrated the majority of the attacks.",
            "As in 2019, private, rather than state, actors perpetrated the majority of the attacks.");

        Assert.That(row.Kind, Is.EqualTo(ChangeKind.Routine));
        Assert.That(row.Flags, Is.Empty);
    }

    [Test]
    public void Quantity_SaysSofter_WhenThousandsBecomesMany()
    {
        // Kazakhstan 2019 → 2020, 1.d Arbitrary Arrest.
        var row = FlagProbe.Modified(
            "During the year authorities detained thousands who participated in unsanctioned antigovernment rallies, including some who happened to be passing by.",
            "During the year authorities detained many who participated in unsanctioned antigovernment rallies, including some who happened to be passing by.");

        Assert.That(row.Flag(FlagKind.Quantity).Explanation, Is.EqualTo("'thousands' → 'many' (softer)"));
    }

    [Test]
    public void Quantity_SaysSofter_WhenIntensityWordsAreDropped()
    {
        // Kazakhstan 2019 → 2020, Executive Summary: "significant" and "substantial" dropped from the list of issues.
        var row = FlagProbe.Modified(
            "Significant human rights issues included: torture by and on behalf of the government; political prisoners; significant problems with the independence of the judiciary; substantial interference with the rights of peaceful assembly and freedom of association; significant acts of corruption; trafficking in persons.",
            "Significant human rights issues included: torture by and on behalf of the government; political prisoners; problems with the independence of the judiciary; interference with the rights of peaceful assembly and freedom of association; corruption; trafficking in persons.");

        Assert.That(row.Flag(FlagKind.Quantity).Explanation, Does.EndWith("(softer)").And.Contain("significant"));
    }

    [Test]
    public void Flags_AreNone_WhenOnlyDashesBecomeCommas()
    {
        // Kazakhstan 2019 → 2020, 1.a: a formatting change.
        var row = FlagProbe.Modified(
            "Activists noted that deadly abuse in prisons, particularly abuse carried out by so-called voluntary assistants–prisoners who receive special privileges in exchange for carrying out orders of prison staff–remained frequent.",
            "Activists noted that deadly abuse in prisons, particularly abuse carried out by so-called voluntary assistants–prisoners who receive special privileges in exchange for carrying out orders of prison staff, remained frequent.");

        Assert.That(row.Kind, Is.EqualTo(ChangeKind.Formatting));
        Assert.That(row.Flags, Is.Empty);
    }

    [Test]
    public void Flags_AreNone_WhenNamesChangeCaseOnly()
    {
        // Kazakhstan 2019 → 2020, 5: "ombudsman's office" capitalised, "Human Rights Commission" lowered.
        var row = FlagProbe.Modified(
            "Domestic human rights observers indicated that the ombudsman’s office and the Human Rights Commission were unable to stop human rights abuses or punish perpetrators.",
            "Domestic human rights observers indicated that the Ombudsman’s Office and the human rights commission were unable to stop human rights abuses or punish perpetrators.");

        Assert.That(row.Kind, Is.EqualTo(ChangeKind.Formatting));
        Assert.That(row.Flags, Is.Empty);
    }

    [Test]
    public void Flags_AreNone_WhenCurlyQuotesReplaceStraightOnes()
    {
        // Kazakhstan 2019, 1.f, with its quotation marks as the PDF text prints them.
        var row = FlagProbe.Modified(
            "Human rights activists reported KNB officers visiting activists and their families’ homes for “unofficial” conversations regarding suspect activities.",
            "Human rights activists reported KNB officers visiting activists and their families' homes for \"unofficial\" conversations regarding suspect activities.");

        Assert.That(row.Flags, Is.Empty);
    }

    [Test]
    public void PolarityAndNumber_BothFire_WhenNoReportsBecomesOneReport()
    {
        // Kyrgyzstan 2020 → 2021, 1.a.
        var row = FlagProbe.Modified(
            "There were no reports during the year that the government or its agents committed arbitrary or unlawful killings.",
            "There was one report that the government or its agents committed an arbitrary killing.");

        Assert.That(row.Kinds(), Is.SupersetOf(new[] { FlagKind.Polarity, FlagKind.Number }));
        Assert.That(row.Flag(FlagKind.Polarity).Explanation, Does.Contain("no reports").And.Contain("one report"));
    }

    [Test]
    public void Polarity_DoesNotFire_WhenAClauseHoldingANegationIsCut()
    {
        // Kazakhstan 2019 → 2020, 6 Persons with Disabilities: content removed, not a statement flipped.
        var row = FlagProbe.Modified(
            "Members of the NPM may visit mental hospitals to monitor conditions and signs of possible torture of patients, but any institutions holding children, including orphanages, were not on the list of institutions NPM members may visit.",
            "Members of the NPM may visit mental hospitals to monitor conditions and signs of possible torture of patients.");

        Assert.That(row.Kinds(), Does.Not.Contain(FlagKind.Polarity));
    }

    [Test]
    public void Attribution_QuotesTheNewSource_WhenAStatementGainsOne()
    {
        // Kazakhstan 2019 → 2020, 1.e.
        var row = FlagProbe.Modified(
            "Corruption was evident at every stage of the judicial process.",
            "According to Freedom House, corruption was evident at every stage of the judicial process.");

        Assert.That(row.Flag(FlagKind.Attribution).Explanation, Is.EqualTo("'According to Freedom House' added"));
    }

    [Test]
    public void Attribution_Fires_WhenCredibleReportsAppear()
    {
        // Kazakhstan 2020 → 2021, Executive Summary.
        var row = FlagProbe.Modified(
            "Security forces committed abuses.",
            "There were credible reports that members of the security forces committed abuses.");

        Assert.That(row.Flag(FlagKind.Attribution).Explanation, Is.EqualTo("'credible reports' added"));
    }

    [Test]
    public void Attribution_NamesBothSources_WhenTheSourceIsReplaced()
    {
        // Kazakhstan 2019 → 2020, 7.a.
        var row = FlagProbe.Modified(
            "According to the Ministry of Labor and Social Protection, as of March, 94.2 percent of large and medium enterprises had collective agreements.",
            "According to the FTUK, as of January, 98 percent of large and medium enterprises had collective agreements.");

        Assert.That(row.Flag(FlagKind.Attribution).Explanation, Is.EqualTo("source 'the Ministry of Labor and Social Protection' → 'the FTUK'"));
        Assert.That(row.Flag(FlagKind.Number).Explanation, Does.StartWith("94.2 → 98"));
    }

    [Test]
    public void Term_Fires_WhenAWatchedTermIsAdded()
    {
        // Kazakhstan 2019 → 2020, 2.f Employment.
        var row = FlagProbe.Modified(
            "Refugees faced difficulties in accessing the labor market due to local employers’ lack of awareness of refugee rights.",
            "Refugees faced difficulties in accessing the labor market due to local employers’ lack of awareness of refugee rights, with the result that most refugees work on the informal economy.");

        Assert.That(row.Flag(FlagKind.Term).Explanation, Is.EqualTo("'refugees' added"));
        Assert.That(row.Flag(FlagKind.Quantity).Explanation, Does.Contain("most"));
    }

    [Test]
    public void Term_DoesNotFire_WhenTheTermIsOnlyReworded()
    {
        // Kazakhstan 2019 → 2020, 1.e Trial Procedures: "protesting" → "protests", still one mention.
        var row = FlagProbe.Modified(
            "Lack of due process remained a problem, particularly for cases arising from civil activists protesting the 2019 presidential election.",
            "Lack of due process remained a problem, particularly for cases arising from civil protests.");

        Assert.That(row.Kinds(), Does.Not.Contain(FlagKind.Term));
    }

    [Test]
    public void Term_UsesTheRequestsTerms_WhenOptionsNameOthers()
    {
        // Kazakhstan 2019 → 2020, 1.c Physical Conditions.
        const string Before = "Prisoners and former prisoners have complained about their provisions and reported that they were served food past its shelf life.";
        const string After = "Prisoners and former prisoners complained about their provisions and reported that they were served food past its expiration date.";

        var withDefaults = FlagProbe.Modified(Before, After);
        var watched = FlagProbe.Modified(Before, After, new FlagOptions { WatchTerms = ["shelf life"] });

        Assert.That(withDefaults.Kinds(), Does.Not.Contain(FlagKind.Term));
        Assert.That(watched.Flag(FlagKind.Term).Explanation, Is.EqualTo("'shelf life' removed"));
    }

    [Test]
    public void Entity_SaysACaseWasDropped_WhenANamedPersonIsNoLongerMentioned()
    {
        // Kazakhstan 2019, 1.a: the sentence and its victim are gone from the 2020 edition.
        var row = FlagProbe.Removed(
            "On September 10, the Kapshagay City Court sentenced four prisoners to additional prison terms of nine to 13 years on charges of intentional infliction of serious harm by prior conspiracy, which resulted in the death of another prisoner, Kairat Egimbayev, in August 2018.");

        Assert.That(row.Flag(FlagKind.Entity).Explanation, Is.EqualTo("'Kapshagay City Court', 'Kairat Egimbayev' not mentioned in the 2020 report"));
    }

    [Test]
    public void Entity_DoesNotFire_WhenTheNameIsStillMentionedElsewhere()
    {
        var removed = "On September 10, the Kapshagay City Court sentenced four prisoners to additional prison terms of nine to 13 years on charges of intentional infliction of serious harm by prior conspiracy, which resulted in the death of another prisoner, Kairat Egimbayev, in August 2018.";
        var row = FlagProbe.Removed(removed, ["The constitution provides for freedom of speech and of the press.", "The legal process continued in the Kapshagay City Court case of Kairat Egimbayev."]);

        Assert.That(row.Kinds(), Does.Not.Contain(FlagKind.Entity));
    }

    [Test]
    public void Flags_AreNone_WhenFlagsAreDisabled()
    {
        var row = FlagProbe.Modified(
            "During the year authorities detained thousands who participated in unsanctioned antigovernment rallies, including some who happened to be passing by.",
            "During the year authorities detained many who participated in unsanctioned antigovernment rallies, including some who happened to be passing by.",
            new FlagOptions { Enabled = false });

        Assert.That(row.Kind, Is.EqualTo(ChangeKind.Substantive));
        Assert.That(row.Flags, Is.Empty);
    }

    [TestCase(101)]
    [TestCase(0, "")]
    [TestCase(0, "   ")]
    public void Compare_RejectsWatchTerms_WhenTooManyOrBlank(int count, string? term = null)
    {
        var terms = count > 0 ? Enumerable.Range(0, count).Select(i => "term" + i).ToArray() : [term!];
        Assert.Throws<ArgumentException>(() => FlagProbe.Compare(["A."], ["B."], new FlagOptions { WatchTerms = terms }));
    }

    // Kazakhstan 2018 → 2019, 2.f and 2.g: "with the exception of" and "cannot" (or "although not") state the same limit.
    [TestCase(
        "By law refugees have the right to work, with the exception of engaging in individual entrepreneurship.",
        "By law refugees have the right to work but cannot engage in individual entrepreneurship.")]
    [TestCase(
        "Officially recognized stateless persons have a right to employment, with the exception of government positions.",
        "Officially recognized stateless persons have a right to employment, although not with the government.")]
    public void Polarity_IsNone_WhenALimitIsRewordedWithAnImplicitNegation(string before, string after)
    {
        var row = FlagProbe.Modified(before, after);

        Assert.That(row.Kinds(), Does.Not.Contain(FlagKind.Polarity));
    }

    [Test]
    public void Polarity_StillFires_WhenANegationReplacesAnAffirmation()
    {
        // Kazakhstan 2018 → 2019, 2.f: six recognised refugees became none.
        var row = FlagProbe.Modified(
            "There are approximately 600 recognized refugees in the country, and the government recognized six persons as refugees during the first nine months of the year.",
            "There were 561 recognized refugees in the country as of July, but there were no persons recognized as refugees during the first nine months of the year.");

        Assert.That(row.Kinds(), Does.Contain(FlagKind.Polarity));
    }

    [Test]
    public void Entity_IsNone_WhenTheOtherEditionNamesTheBodyInThePlural()
    {
        // Kazakhstan 2019 → 2020, 1.c: the 2020 report speaks of "public monitoring commissions".
        var removed = "In 2018 authorities began investigating the chair of the Public Monitoring Commission in Pavlodar, Elena Semyonova, on charges of dissemination of false information after she raised the issue of torture and mistreatment of prisoners to EU parliamentarians in early July.";
        var kept = "The NPM and members of public monitoring commissions (PMCs) (quasi-independent bodies that also carry out monitoring) reported continuing infrastructure problems in prisons.";
        var row = FlagProbe.Removed(removed, [kept]);

        var entity = row.Flag(FlagKind.Entity).Explanation;
        Assert.That(entity, Does.Not.Contain("Public Monitoring Commission"));
        Assert.That(entity, Does.Contain("'Elena Semyonova'"));
    }

    [Test]
    public void Flags_AreCarriedByTheArrivalRowOnly_WhenAnEditedSentenceMoves()
    {
        // Mexico 2019 → 2020, 2.a: the count of journalists killed moved to another subsection and changed.
        string[] filler =
        [
            "The constitution provides for freedom of speech and of the press.",
            "The government generally respected this right.",
            "Independent media were active and expressed a wide variety of views.",
        ];
        string[] other =
        [
            "Journalists were subjected to physical attacks, harassment, and intimidation due to their reporting.",
            "Criminal groups were responsible for most of the violence.",
            "Most of the attacks were never solved.",
        ];
        var older = TestTrees.Edition(2019,
            TestTrees.Node("2.a", "a. Freedom of Expression", [.. filler, "According to the NGO Committee to Protect Journalists, as of August 31, 10 journalists had been killed because of their reporting."]),
            TestTrees.Node("2.b", "b. Violence and Harassment", other));
        var newer = TestTrees.Edition(2020,
            TestTrees.Node("2.a", "a. Freedom of Expression", filler),
            TestTrees.Node("2.b", "b. Violence and Harassment", [.. other, "According to the NGO Committee to Protect Journalists, as of December, six journalists had been killed because of their reporting."]));

        var moves = EditionComparer.Compare(older, newer).Sections.SelectMany(s => s.Sentences).Where(r => r.Status == SentenceStatus.Moved).ToList();

        Assert.That(moves, Has.Count.EqualTo(2), "the probe expects the sentence to be aligned as a move, with a departure and an arrival row");
        Assert.That(moves.Single(r => r.MovedTo is not null).Flags, Is.Empty);
        Assert.That(moves.Single(r => r.MovedFrom is not null).Flags.Select(f => f.Explanation), Does.Contain("10 → six (journalists had been)"));
    }
}
