namespace KzDiff.Core.Comparison.Flags;

/// <summary>
/// The word lists the rules read. Chosen from the reports' own vocabulary (2016-2024 editions of
/// nine countries); each list is closed so a rule fires on a known word, never on a guess.
/// </summary>
internal static class Lexicon
{
    /// <summary>Vague quantifiers and intensity words with a rough strength: a higher number claims more.</summary>
    public static readonly PhraseLexicon<(string Word, double Strength)> Quantities = new(
        WordClass.Quantity,
        new (string, double)[]
        {
            ("tens of thousands", 5.5), ("thousands", 5), ("hundreds", 4.5), ("dozens", 4), ("scores of", 4),
            ("countless", 5), ("numerous", 4), ("many", 3.5), ("most", 4), ("the majority", 4),
            ("the vast majority", 4.5), ("vast majority", 4.5), ("majority", 4), ("widespread", 4), ("pervasive", 4),
            ("systematic", 4.5), ("systematically", 4.5), ("systemic", 4.5), ("routinely", 4), ("frequently", 3.5),
            ("frequent", 3.5), ("regularly", 3.5), ("often", 3), ("commonly", 3.5), ("common", 3), ("multiple", 3),
            ("in many cases", 3.5), ("a number of", 2.5), ("several", 2.5), ("some", 2), ("a few", 2), ("few", 1),
            ("at times", 2), ("sometimes", 2), ("in some cases", 2), ("occasionally", 1.5), ("occasional", 1.5),
            ("sporadic", 1.5), ("sporadically", 1.5), ("isolated", 1), ("rare", 1), ("rarely", 1), ("seldom", 1),
            ("significant", 3.5), ("substantial", 3.5), ("serious", 3.5), ("severe", 4), ("extensive", 3.5),
            ("large-scale", 4), ("massive", 4.5), ("mass", 4.5),
        }.Select(q => (q.Item1, (q.Item1, q.Item2))), stems: false);

    /// <summary>Words that negate a statement.</summary>
    public static readonly PhraseLexicon<string> Negations = new(
        WordClass.Negation,
        new[] { "no", "not", "never", "none", "nor", "nobody", "no one", "neither", "nothing", "cannot" }.Select(w => (w, w)), stems: false);

    /// <summary>
    /// Directions as stems: group and pole. A flip is one pole of a group leaving a sentence and
    /// the opposite pole of the same group arriving.
    /// </summary>
    public static readonly PhraseLexicon<(string Group, int Pole)> Directions = new(
        WordClass.Direction,
        new (string, string, int)[]
        {
            ("increas", "amount", 1), ("rose", "amount", 1), ("grew", "amount", 1), ("rising", "amount", 1),
            ("decreas", "amount", -1), ("fell", "amount", -1), ("declin", "amount", -1), ("dropped", "amount", -1), ("reduc", "amount", -1),
            ("improv", "quality", 1), ("worsen", "quality", -1), ("deteriorat", "quality", -1),
            ("continu", "duration", 1), ("remained", "duration", 1), ("persist", "duration", 1),
            ("ceas", "duration", -1), ("ended", "duration", -1), ("stopped", "duration", -1), ("halted", "duration", -1), ("discontinu", "duration", -1),
            ("allow", "permission", 1), ("permit", "permission", 1), ("lifted", "permission", 1),
            ("restrict", "permission", -1), ("prohibit", "permission", -1), ("banned", "permission", -1), ("denied", "permission", -1), ("refus", "permission", -1), ("blocked", "permission", -1),
            ("approv", "decision", 1), ("granted", "decision", 1), ("upheld", "decision", 1),
            ("reject", "decision", -1), ("overturn", "decision", -1), ("dismiss", "decision", -1),
            ("acquit", "verdict", 1), ("convict", "verdict", -1),
            ("releas", "custody", 1), ("freed", "custody", 1),
            ("detain", "custody", -1), ("arrest", "custody", -1), ("imprison", "custody", -1),
            ("strengthen", "scope", 1), ("expand", "scope", 1), ("weaken", "scope", -1), ("narrow", "scope", -1),
        }.Select(d => (d.Item1, (d.Item2, d.Item3))), stems: true);

    /// <summary>Who says it or how sure it is. Strong markers (a claim graded credible or unverifiable) also flag a whole added or removed sentence; "reportedly" is too common in them to.</summary>
    public static readonly PhraseLexicon<(string Marker, bool Strong)> Attributions = new(
        WordClass.Attribution,
        new (string, bool)[]
        {
            ("credible reports", true), ("credible report", true), ("credible allegations", true), ("credible allegation", true),
            ("credible information", true), ("credible evidence", true), ("credible", false), ("reportedly", false), ("allegedly", false),
            ("purportedly", false), ("alleged", false), ("according to", false), ("claimed", false), ("apparently", false),
            ("believed", false), ("widespread belief", true), ("unconfirmed", false), ("unverified", false), ("could not be verified", true),
            ("could not be confirmed", true), ("could not verify", true), ("could not confirm", true), ("confirmed", false), ("verified", false),
            ("suspected", false), ("the government stated", false), ("the government claimed", true), ("officials claimed", true),
            ("observers believed", true),
        }.Select(a => (a.Item1, a)), stems: false);

    /// <summary>Words that start a sentence or a name with a capital without being part of a name.</summary>
    public static readonly WordSet<bool> NotNames = Words(
        WordClass.NotName,
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "and", "or", "but", "as", "after", "before",
        "during", "while", "when", "although", "though", "since", "until", "according", "under", "with", "without",
        "this", "that", "these", "those", "there", "their", "its", "his", "her", "he", "she", "it", "they", "we", "i",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "section", "sections", "see", "also",
        "however", "nonetheless", "moreover", "furthermore", "despite", "between", "through", "unlike", "if", "other", "some", "many",
        "most", "several", "no", "not", "one", "all", "each", "every", "both", "such", "more", "any", "nearly", "approximately",
        "about", "at", "into", "over", "within", "among", "following", "because", "due", "human", "rights", "report", "reports");

    /// <summary>Small words allowed inside a name ("Ministry of Internal Affairs", "Law on Political Parties"); not "and", which joins two names as often as it sits inside one.</summary>
    public static readonly WordSet<bool> NameJoiners = Words(WordClass.NameJoiner, "of", "for", "on", "the", "de", "del", "la");

    public static readonly WordSet<bool> Months = Words(
        WordClass.Month,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /// <summary>Number words with their value; "dozen" is a number, "dozens" a quantifier.</summary>
    public static readonly WordSet<long> NumberWords = new(WordClass.NumberWord, new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["dozen"] = 12,
    }.Select(static p => (p.Key, p.Value)));

    /// <summary>A number after one of these words is a reference, not a quantity ("section 5", "paragraph 3").</summary>
    public static readonly WordSet<bool> ReferenceWords = Words(
        WordClass.Reference,
        "section", "sections", "article", "articles", "paragraph", "paragraphs", "chapter", "part", "no", "number", "resolution", "page", "footnote");

    /// <summary>Words a number's quoted context should not end on ("20 percent of a" reads as "20 percent").</summary>
    public static readonly WordSet<bool> TrailingWords = Words(
        WordClass.Trailing,
        "a", "an", "the", "of", "to", "on", "at", "in", "for", "from", "with", "and", "or", "who", "which", "that", "were", "was",
        "had", "have", "has", "is", "are", "be", "by", "whose", "as");

    /// <summary>"no one", "the one": a "one" after these counts nothing.</summary>
    public static readonly WordSet<bool> BeforeIdiomaticOne = Words(WordClass.BeforeIdiomaticOne, "no", "any", "every", "the", "this", "that");

    /// <summary>"one of", "one another": a "one" before these counts nothing.</summary>
    public static readonly WordSet<bool> AfterIdiomaticOne = Words(WordClass.AfterIdiomaticOne, "of", "another", "or");

    /// <summary>Every fixed list's class by lexicon key, for <see cref="WordIndex"/>.</summary>
    public static Dictionary<ulong, WordClass> Keys()
    {
        var classes = new Dictionary<ulong, WordClass>();
        Add(Quantities.Class, Quantities.Keys);
        Add(Negations.Class, Negations.Keys);
        Add(Directions.Class, Directions.Keys);
        Add(Attributions.Class, Attributions.Keys);
        foreach (var set in new[] { NotNames, NameJoiners, Months, ReferenceWords, TrailingWords, BeforeIdiomaticOne, AfterIdiomaticOne })
        {
            Add(set.Class, set.Keys);
        }

        Add(NumberWords.Class, NumberWords.Keys);
        return classes;

        void Add(WordClass @class, IEnumerable<ulong> keys)
        {
            foreach (var key in keys)
            {
                classes[key] = classes.GetValueOrDefault(key) | @class;
            }
        }
    }

    private static WordSet<bool> Words(WordClass @class, params string[] words) => new(@class, words.Select(static w => (w, true)));
}
