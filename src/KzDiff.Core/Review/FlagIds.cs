using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KzDiff.Core.Comparison;
using KzDiff.Core.Comparison.Flags;

namespace KzDiff.Core.Review;

/// <summary>
/// The identity of a flag for review: derived from what the flag is about (country, years, section
/// path, the sentence text on both sides and the kind), never from a row number or a comparison id.
/// A recomputation, a new engine version or a re-import of the same text gives the same id, so a
/// reviewer's decision stays attached to the change it was made on.
/// </summary>
public static class FlagIds
{
    /// <summary>Characters of an id: 20 hex digits (80 bits of SHA-256).</summary>
    public const int Length = 20;

    /// <param name="country">The normalised country key.</param>
    /// <param name="fromYear">The older edition's year.</param>
    /// <param name="toYear">The newer edition's year.</param>
    /// <param name="section">The section pair the flag belongs to.</param>
    /// <param name="sentence">The sentence row, or null for a section-level flag.</param>
    /// <param name="kind">The flag's kind.</param>
    /// <param name="occurrence">0 for the first flag of this kind on the row; 1, 2 ... for further ones (two watched terms).</param>
    public static string Of(string country, int fromYear, int toYear, SectionChange section, SentenceChange? sentence, FlagKind kind, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(section);
        // Paths, not titles: a path is built from the section's number and normalised title, so it
        // reads the same from HTML, PDF text or plain text of one report.
        var key = string.Join(
            '\u0001',
            country,
            fromYear.ToString(CultureInfo.InvariantCulture),
            toYear.ToString(CultureInfo.InvariantCulture),
            section.Old?.Path ?? "",
            section.New?.Path ?? "",
            sentence is null ? "section" : "sentence",
            TextHash(sentence?.Old),
            TextHash(sentence?.New),
            FlagLabelsForId(kind),
            occurrence.ToString(CultureInfo.InvariantCulture));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..(Length / 2)]);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a flag id (checked before any look-up).</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>
    /// Text as the id sees it: Unicode compatibility forms, curly quotes and dashes folded, runs of
    /// whitespace made one space, case ignored. A page saved again, or the PDF text of the same
    /// report, keeps its sentences' ids.
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    private static string TextHash(string? text)
    {
        if (text is null)
        {
            return "-";
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text)), hash);
        return Convert.ToHexStringLower(hash);
    }

    // The contract's name of the kind; spelled here so that renaming an enum member cannot change ids.
    private static string FlagLabelsForId(FlagKind kind) => kind switch
    {
        FlagKind.Number => "number",
        FlagKind.Quantity => "quantity",
        FlagKind.Polarity => "polarity",
        FlagKind.Attribution => "attribution",
        FlagKind.Term => "term",
        FlagKind.Entity => "entity",
        FlagKind.Section => "section",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown flag kind"),
    };
}
