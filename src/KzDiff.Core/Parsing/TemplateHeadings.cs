using System.Collections.Frozen;
using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Parsing;

/// <summary>
/// Headings of the reports' common template. A page now and then prints one as a plain paragraph
/// (no bold, no heading element); a paragraph that is exactly such a heading is read as the
/// heading, so its text and sub-headings do not land under the previous section. The service
/// learns the headings of a year from its other stored editions; a lone edition uses
/// <see cref="BuiltIn"/>.
/// </summary>
public sealed class TemplateHeadings
{
    /// <summary>Longest paragraph considered: template headings are short.</summary>
    private const int MaxLength = 160;

    // Unlettered sub-headings the template has carried for years (lettered ones are recognised by
    // their letter once read as a heading, and are listed by their letter-free title).
    private static readonly string[] BuiltInTitles =
    [
        "Prison and Detention Center Conditions", "Arrest Procedures and Treatment of Detainees",
        "Trial Procedures", "Political Prisoners and Detainees",
        "Politically Motivated Reprisal against Individuals Located Outside the Country",
        "Transnational Repression", "Civil Judicial Procedures and Remedies",
        "Property Seizure and Restitution", "Freedom of Expression", "Internet Freedom",
        "Restrictions on Academic Freedom and Cultural Events", "Freedom of Peaceful Assembly",
        "Freedom of Association", "Elections and Political Participation", "Corruption",
        "Women", "Children", "Antisemitism", "Anti-Semitism", "Trafficking in Persons",
        "Persons with Disabilities", "Indigenous Peoples", "HIV and AIDS Social Stigma",
        "Other Societal Violence or Discrimination", "Worker Rights",
        "Systemic Racial or Ethnic Violence and Discrimination",
        "Acts of Violence, Criminalization, and Other Abuses Based on Sexual Orientation, Gender Identity or Expression, or Sex Characteristics",
        "Extraterritorial Killing, Kidnapping, Forced Returns, or Other Violence or Threats of Violence",
        "Threats, Harassment, Surveillance, and Coercion", "Misuse of International Law Enforcement Tools",
        "Efforts to Control Mobility", "Bilateral Pressure",
        "Abuses in Internal Conflict", "Role of the Police and Security Apparatus",
        "Pretrial Detention", "Denial of Fair Public Trial",
    ];

    private readonly FrozenSet<string> _keys;

    private TemplateHeadings(FrozenSet<string> keys) => _keys = keys;

    /// <summary>The headings KzDiff knows without a corpus.</summary>
    public static TemplateHeadings BuiltIn { get; } = From([]);

    /// <summary>The built-in headings and <paramref name="learned"/> (titles seen as headings in many reports of a year).</summary>
    public static TemplateHeadings From(IEnumerable<string> learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in BuiltInTitles.Concat(learned))
        {
            var key = KeyOf(title);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        return new TemplateHeadings(keys.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The built-in headings and those many reports of one year carry: a title is the template's
    /// when at least <paramref name="minShare"/> of the reports (and three) have it as a heading.
    /// </summary>
    /// <param name="headingsPerReport">Each report's heading titles.</param>
    /// <param name="minShare">Share of the reports a title needs.</param>
    public static TemplateHeadings Learn(IReadOnlyCollection<IEnumerable<string>> headingsPerReport, double minShare = 0.2)
    {
        ArgumentNullException.ThrowIfNull(headingsPerReport);
        var carriers = new Dictionary<string, (string Title, int Reports)>(StringComparer.Ordinal);
        foreach (var report in headingsPerReport)
        {
            foreach (var title in report.DistinctBy(KeyOf))
            {
                var key = KeyOf(title);
                if (key.Length > 0)
                {
                    carriers[key] = carriers.TryGetValue(key, out var seen) ? (seen.Title, seen.Reports + 1) : (title, 1);
                }
            }
        }

        var min = Math.Max(3, (int)Math.Ceiling(minShare * headingsPerReport.Count));
        return From(carriers.Values.Where(c => c.Reports >= min).Select(c => c.Title));
    }

    public int Count => _keys.Count;

    /// <summary>Whether a whole paragraph is one of the template's headings (case, punctuation and a closing colon aside).</summary>
    public bool IsHeading(string paragraph) => HeadingText(paragraph) is { } text && _keys.Contains(KeyOf(text));

    /// <summary>
    /// Whether a paragraph has the shape any template's heading has (short, a title-case phrase, no
    /// closing full stop): the paragraphs some learned template could read as a heading.
    /// </summary>
    public static bool HasHeadingShape(string paragraph) => HeadingText(paragraph) is not null;

    // The paragraph's text without a closing colon or a subsection letter, when it has a heading's shape.
    private static string? HeadingText(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim().TrimEnd(':').Trim();
        if (HeadingRules.TryParseSubsection(text, out _))
        {
            text = text[2..].Trim();
        }

        return text.Length == 0 || text.Length > MaxLength || text.EndsWith('.') || !HeadingRules.IsTitleCasePhrase(text, HeadingRules.MaxRunInWords, lowercaseAllowed: 1)
            ? null
            : text;
    }

    // "a. Extrajudicial Killings" and "Extrajudicial Killings" are one heading; the letter changes by year.
    private static string KeyOf(string title)
    {
        var text = title.Trim().TrimEnd(':').Trim();
        if (HeadingRules.TryParseSubsection(text, out _))
        {
            text = text[2..];
        }

        return TextFold.LooseKey(text);
    }
}
