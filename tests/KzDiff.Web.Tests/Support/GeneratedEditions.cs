using System.Text;

namespace KzDiff.Web.Tests.Support;

/// <summary>
/// Fictional editions of one made-up country, one per year, large enough that comparing two takes
/// the engine a noticeable moment; each year rewrites a few sentences of the year before.
/// </summary>
internal static class GeneratedEditions
{
    private static readonly string[] Subjects = ["The ministry", "The ombudsman", "Local authorities", "The court", "Police", "Observers", "The commission", "Journalists"];
    private static readonly string[] Verbs = ["reported", "documented", "investigated", "recorded", "dismissed", "confirmed"];
    private static readonly string[] Objects = ["complaints of torture", "cases of arbitrary detention", "blocked websites", "attacks on reporters", "strikes", "land disputes"];

    public static void Write(string folder, string country, int firstYear, int years, int sentencesPerSection)
    {
        Directory.CreateDirectory(folder);
        var text = Base(sentencesPerSection);
        for (var year = firstYear; year < firstYear + years; year++)
        {
            var random = new Random(year);
            for (var i = 0; i < text.Count; i++)
            {
                for (var j = 0; j < text[i].Sentences.Count; j++)
                {
                    if (random.Next(20) == 0)
                    {
                        text[i].Sentences[j] = Sentence(random, year);
                    }
                }
            }

            var page = new StringBuilder();
            page.Append(country.ToUpperInvariant()).Append(' ').Append(year).Append(" HUMAN RIGHTS REPORT\n");
            foreach (var (heading, sentences) in text)
            {
                page.Append(heading).Append('\n');
                foreach (var chunk in sentences.Chunk(5))
                {
                    page.Append(string.Join(' ', chunk)).Append('\n');
                }
            }

            File.WriteAllText(Path.Combine(folder, $"{country}-{year}.txt"), page.ToString());
        }
    }

    private static List<(string Heading, List<string> Sentences)> Base(int sentencesPerSection)
    {
        var random = new Random(1);
        var sections = new List<(string, List<string>)> { ("Executive Summary", Sentences(random, sentencesPerSection)) };
        string[] titles = ["Respect for the Integrity of the Person", "Respect for Civil Liberties", "Freedom to Participate in the Political Process", "Corruption in Government", "Governmental Posture Towards Human Rights Investigations", "Discrimination and Societal Abuses", "Worker Rights"];
        for (var s = 0; s < titles.Length; s++)
        {
            sections.Add(($"Section {s + 1}. {titles[s]}", Sentences(random, 2)));
            for (var letter = 'a'; letter <= 'c'; letter++)
            {
                sections.Add(($"{letter}. {Subjects[random.Next(Subjects.Length)][4..]} and {Objects[random.Next(Objects.Length)]}", Sentences(random, sentencesPerSection)));
            }
        }

        return sections;
    }

    private static List<string> Sentences(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => Sentence(random, 2000)).ToList();

    private static string Sentence(Random random, int year) =>
        $"{Subjects[random.Next(Subjects.Length)]} {Verbs[random.Next(Verbs.Length)]} {random.Next(2, 5000):N0} {Objects[random.Next(Objects.Length)]} in region {random.Next(1, 90)} during {year}.";
}
