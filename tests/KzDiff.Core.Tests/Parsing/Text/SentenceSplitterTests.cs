using KzDiff.Core.Parsing.Text;
using KzDiff.Core.Tests.Support;

namespace KzDiff.Core.Tests.Parsing.Text;

/// <summary>Sentences taken from the corpus (page named per case) unless marked as constructed.</summary>
public sealed class SentenceSplitterTests
{
    [TestCase(
        "Child Soldiers: The U.S. Government has determined that the Kremlin-backed Wagner Group recruited or used child soldiers during the year.",
        TestName = "Split_KeepsUSAbbreviation_WhenNounFollows (2022/russia)")]
    [TestCase(
        "On March 31, Dr. Alimardon Sultonov, a trauma surgeon at Ellikkala Central State Hospital in Karakalpakstan Region, called the local medical emergency service.",
        TestName = "Split_KeepsDr_BeforeName (2020/uzbekistan)")]
    [TestCase(
        "Tashtyurma Prison, officially known as Detention Center No. 1 and built in 1891, was the oldest in the country.",
        TestName = "Split_KeepsNo_BeforeNumber (2018/uzbekistan)")]
    [TestCase(
        "The Inspector General’s Office, an independent and autonomous public institution, assisted in 277 cases related to land reclamation, i.e., requests for restitution.",
        TestName = "Split_KeepsIe (2019/colombia)")]
    [TestCase(
        "The law also allows labor inspectors to hold an employer liable for certain types of violations (e.g., unreported employment), empowering them to issue an order to cease the restricted activity.",
        TestName = "Split_KeepsEg (2019/ukraine)")]
    [TestCase(
        "The government controlled the internet (there was only one provider in the country) and monitored users’ (journalists, civil society, etc.) internet activities.",
        TestName = "Split_KeepsEtc_InsideParentheses (2020/turkmenistan)")]
    [TestCase(
        "The law does not apply to Moscow and St. Petersburg, since the mayors of these cities have the status of governors.",
        TestName = "Split_KeepsSt_BeforeName (2016/russia)")]
    [TestCase(
        "Approximately 2.3 million of the nine million economically active citizens were self-employed in 2015.",
        TestName = "Split_KeepsDecimal (2016/kazakhstan)")]
    [TestCase(
        "Authorities released on bail 2,000 suspects who were held in temporary custody while they awaited arrest authorization by the court.",
        TestName = "Split_KeepsThousands (2016/kazakhstan)")]
    [TestCase(
        "Authorities also continued the ban on all materials or activities connected to A. A. Tihomirov, also known as Said Buryatsky.",
        TestName = "Split_KeepsInitials (2017/kyrgyz-republic)")]
    [TestCase(
        "After an IKR ruling party highlighted a critical social media post by Kurdish outlet Zoom Media for purported copyright violations, Meta Platforms Inc. shut down Zoom Media’s social media page in August, according to Metro Center.",
        TestName = "Split_KeepsInc_BeforeLowerCase (2024/iraq)")]
    [TestCase(
        "In cases where communication networks were used “for criminal purposes to harm the interests of an individual, society, or the state, or to disseminate information violating the Election Law… or containing calls for extremist or terrorist activities,” the prosecutor general may suspend them.",
        TestName = "Split_KeepsEllipsis_BeforeLowerCase (2016/kazakhstan)")]
    [TestCase(
        "In January, the Vienna Higher Regional Court convicted Austrian neo-Nazi rapper “Mr. Bond” (real name: Philip Hassler) to a 10-year prison sentence.",
        TestName = "Split_KeepsMr_InsideQuotes (2023/austria)")]
    [TestCase(
        "Under the terms of the 1994-95 U.S.-Cuba migration accords, the government agreed not to prosecute migrants returned from international or U.S. waters or from the Guantanamo U.S. Naval Station.",
        TestName = "Split_KeepsRepeatedUS (2023/cuba)")]
    [TestCase(
        "On Jan. 12, Gen. Ivanov and Lt. Col. Petrov met Ms. Smith of Acme Ltd. in the capital.",
        TestName = "Split_KeepsTitlesAndMonths (constructed)")]
    [TestCase(
        "The Sept. 5 decree cited Art. 12 of the code.",
        TestName = "Split_KeepsSeptAndArt_BeforeNumbers (constructed)")]
    public void Split_ReturnsOneSentence_WhenPeriodsAreNotBoundaries(string sentence)
    {
        Assert.That(SentenceSplitter.Split(sentence), Is.EqualTo(new[] { sentence }));
    }

    [Test]
    public void Split_KeepsClosingQuote_WithSentence()
    {
        // 2016/kazakhstan.
        var sentences = SentenceSplitter.Split(
            "The law prohibits “influencing public and individual consciousness to the detriment of national security through deliberate distortion and spreading of unreliable information.” Legal experts noted the term “unreliable information” is overly broad.");

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "The law prohibits “influencing public and individual consciousness to the detriment of national security through deliberate distortion and spreading of unreliable information.”",
            "Legal experts noted the term “unreliable information” is overly broad.",
        }));
    }

    [Test]
    public void Split_EndsSentence_AfterCitationInParentheses()
    {
        // 2016/kyrgyz-republic.
        var sentences = SentenceSplitter.Split(
            "Numerous human rights activists reported continued arrests and prosecution of persons accused of possessing and distributing Hizb ut-Tahrir literature (see section 1.d.). Most arrests of alleged Hizb ut-Tahrir members occurred in the southern part of the country.");

        Assert.That(sentences, Has.Length.EqualTo(2));
        Assert.That(sentences[0], Does.EndWith("(see section 1.d.)."));
    }

    [Test]
    public void Split_TreatsParenthesisedSentence_AsItsOwnSentence()
    {
        // 2016/kazakhstan.
        var sentences = SentenceSplitter.Split(
            "Seitkazy Matayev was arrested in Almaty on February 22 on charges of tax evasion. (Like many other media outlets in the country, KazTAG maintained contracts with the government for media coverage.) On October 3, a judge in Astana sentenced Matayev to six years in prison.");

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Seitkazy Matayev was arrested in Almaty on February 22 on charges of tax evasion.",
            "(Like many other media outlets in the country, KazTAG maintained contracts with the government for media coverage.)",
            "On October 3, a judge in Astana sentenced Matayev to six years in prison.",
        }));
    }

    [Test]
    public void Split_EndsSentence_AfterQuestionInQuotes()
    {
        // 2023/czech-republic.
        var sentences = SentenceSplitter.Split(
            "In one incident in August, a man allegedly physically assaulted two women in front of their children after asking them, “Are you from Ukraine?” Government and civil society representatives noted rising tensions.");

        Assert.That(sentences, Has.Length.EqualTo(2));
        Assert.That(sentences[1], Does.StartWith("Government and civil society"));
    }

    [Test]
    public void Split_EndsSentence_AfterEtcBeforeNewSentence()
    {
        // 2024/turkmenistan.
        var sentences = SentenceSplitter.Split(
            "The government had special agencies that screened all printed materials before they went to print, including books, leaflets, brochures, etc. The government had to approve the import, publishing, and dissemination of religious literature.");

        Assert.That(sentences, Has.Length.EqualTo(2));
        Assert.That(sentences[0], Does.EndWith("brochures, etc."));
    }

    [Test]
    public void Split_EndsSentence_AfterUSWhenSentenceStarterFollows()
    {
        var sentences = SentenceSplitter.Split("Several activists sought asylum in the U.S. The government denied them exit visas.");

        Assert.That(sentences, Is.EqualTo(new[] { "Several activists sought asylum in the U.S.", "The government denied them exit visas." }));
    }

    [Test]
    public void Split_EndsSentence_AfterEllipsisBeforeCapital()
    {
        var sentences = SentenceSplitter.Split("He wrote that the court “would not listen...” The appeal failed.");

        Assert.That(sentences, Has.Length.EqualTo(2));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Split_ReturnsNothing_WhenTextIsBlank(string text)
    {
        Assert.That(SentenceSplitter.Split(text), Is.Empty);
    }

    [Test]
    public void Split_KeepsEveryCharacter_ExceptSpacesBetweenSentences()
    {
        const string text = "First one. Second one? Third one! “Fourth.” (Fifth.)";

        var sentences = SentenceSplitter.Split(text);

        Assert.That(string.Join(' ', sentences), Is.EqualTo(text));
        Assert.That(sentences, Has.Length.EqualTo(5));
    }

    [Test]
    public void Split_EndsAtTheLastSentence_WhenInputIsEndlessAbbreviation()
    {
        var sentences = SentenceSplitter.Split(EndlessAbbreviation(200_000));

        Assert.That(sentences[^1], Is.EqualTo("The end."));
    }

    [Test]
    public void Split_GrowsLinearly_WhenInputIsEndlessAbbreviation()
    {
        // A backward scan per period would be quadratic: 16 times the work for 4 times the text.
        var (small, large) = (EndlessAbbreviation(100_000), EndlessAbbreviation(400_000));

        // Twenty splits per timed run: one takes well under a millisecond, too short to time alone.
        var growth = WorkGrowth.Ratio(() => SplitTwenty(small), () => SplitTwenty(large));

        Assert.That(growth, Is.LessThan(10), "4x the text took this many times longer");
    }

    private static void SplitTwenty(string text)
    {
        for (var i = 0; i < 20; i++)
        {
            SentenceSplitter.Split(text);
        }
    }

    private static string EndlessAbbreviation(int periods) => string.Concat(Enumerable.Repeat("a.", periods)) + " The end.";
}
