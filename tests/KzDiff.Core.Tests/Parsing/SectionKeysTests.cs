using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests.Parsing;

public sealed class SectionKeysTests
{
    [TestCase("a. Freedom of Expression, Including for the Press", "freedom-of-expression-including-for-the-press")]
    [TestCase("Section 1. Respect for the Integrity of the Person, Including Freedom from:", "respect-for-the-integrity-of-the-person-including-freedom-from")]
    [TestCase("INTERNET FREEDOM", "internet-freedom")]
    [TestCase("Anti-Semitism", "antisemitism")]
    [TestCase("Antisemitism", "antisemitism")]
    [TestCase("d. Acts of Antisemitism and Antisemitic Incitement", "acts-of-antisemitism-and-antisemitic-incitement")]
    [TestCase("Detainee’s Ability to Challenge Lawfulness of Detention before a Court", "detainees-ability-to-challenge-lawfulness-of-detention-before-a-court")]
    [TestCase("National/Racial/Ethnic Minorities", "national-racial-ethnic-minorities")]
    [TestCase("Anti-Trafficking Efforts", "antitrafficking-efforts")]
    [TestCase("Non-Governmental Organizations", "nongovernmental-organizations")]
    [TestCase("Côte d’Ivoire", "cote-divoire")]
    [TestCase("***", "untitled")]
    public void FromTitle_NormalisesHeading(string title, string key)
    {
        Assert.That(SectionKeys.FromTitle(title), Is.EqualTo(key));
    }

    [Test]
    public void FromTitle_GivesSameKey_ForCapitalsAndTitleCase()
    {
        Assert.That(SectionKeys.FromTitle("ARREST PROCEDURES AND TREATMENT OF DETAINEES"), Is.EqualTo(SectionKeys.FromTitle("Arrest Procedures and Treatment of Detainees")));
    }
}
