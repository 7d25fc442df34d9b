using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using KzDiff.Core.Comparison.Text;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Comparison.Corpus;

/// <summary>
/// What the other reports of the same two years say about the template: which old titles became
/// which new ones, which headings the new year's template has, and which sentence edits were made
/// in many reports at once. Pure and immutable; built from <see cref="CorpusObservation"/>s of
/// comparisons made without evidence, so it never feeds on its own output. With no other report
/// (<see cref="Reports"/> 0) it holds nothing and the engine aligns as it does alone.
/// </summary>
public sealed class CorpusEvidence
{
    /// <summary>A rename needs at least this many reports making it...</summary>
    public const int MinRenameReports = 3;

    /// <summary>...and this share of the reports whose two editions carry both titles.</summary>
    public const double MinRenameShare = 0.5;

    /// <summary>An edit is the template's when this many reports make it (and <see cref="MinEditShare"/> of them).</summary>
    public const int MinEditReports = 5;

    public const double MinEditShare = 0.05;

    /// <summary>A title is a template heading of the new year when this share of reports has it (and 3 reports).</summary>
    public const double MinHeadingShare = 0.2;

    private readonly FrozenDictionary<string, ImmutableArray<TemplateRename>> _renames;
    private readonly FrozenDictionary<string, int> _edits;

    private CorpusEvidence(
        int reports,
        FrozenDictionary<string, ImmutableArray<TemplateRename>> renames,
        FrozenDictionary<string, int> edits,
        ImmutableArray<string> newHeadings,
        string version)
    {
        Reports = reports;
        _renames = renames;
        _edits = edits;
        NewHeadings = newHeadings;
        Version = version;
    }

    /// <summary>No evidence: the engine alone.</summary>
    public static CorpusEvidence None { get; } = Build([]);

    /// <summary>How many reports the evidence was learned from.</summary>
    public int Reports { get; }

    /// <summary>Short hash of everything the evidence could change; part of the engine version of a comparison made with it.</summary>
    public string Version { get; }

    /// <summary>Titles that many reports of the new year carry: the new template's headings.</summary>
    public ImmutableArray<string> NewHeadings { get; }

    /// <summary>Every template rename, most followed first.</summary>
    public IEnumerable<TemplateRename> Renames => _renames.Values.SelectMany(r => r).OrderByDescending(r => r.Reports).ThenBy(r => r.OldTitle, StringComparer.Ordinal);

    /// <summary>Learns from <paramref name="observations"/>, leaving out <paramref name="exceptCountry"/> (the country about to be compared).</summary>
    public static CorpusEvidence Build(IEnumerable<CorpusObservation> observations, string? exceptCountry = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var used = observations.Where(o => o.Country != exceptCountry).ToList();

        var renamed = new Dictionary<(string Old, string New), int>();
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var newHeadingCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var editCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var oldSets = new List<HashSet<string>>(used.Count);
        var newSets = new List<HashSet<string>>(used.Count);
        foreach (var observation in used)
        {
            var oldKeys = Keys(observation.OldTitles, display);
            var newKeys = Keys(observation.NewTitles, display);
            oldSets.Add(oldKeys);
            newSets.Add(newKeys);
            foreach (var key in newKeys)
            {
                newHeadingCount[key] = newHeadingCount.GetValueOrDefault(key) + 1;
            }

            var seen = new HashSet<(string, string)>();
            foreach (var (oldTitle, newTitle) in observation.Pairs)
            {
                var pair = (TitleWords.RenameKey(oldTitle), TitleWords.RenameKey(newTitle));
                if (pair.Item1.Length > 0 && pair.Item2.Length > 0 && pair.Item1 != pair.Item2 && seen.Add(pair))
                {
                    renamed[pair] = renamed.GetValueOrDefault(pair) + 1;
                }
            }

            foreach (var edit in observation.Edits.Distinct())
            {
                editCount[edit] = editCount.GetValueOrDefault(edit) + 1;
            }
        }

        var renames = new Dictionary<string, List<TemplateRename>>(StringComparer.Ordinal);
        foreach (var ((oldKey, newKey), count) in renamed)
        {
            if (count < MinRenameReports)
            {
                continue;
            }

            // The reports that could have made this rename: both titles there, the old one gone.
            var carriers = 0;
            for (var i = 0; i < oldSets.Count; i++)
            {
                if (oldSets[i].Contains(oldKey) && newSets[i].Contains(newKey) && !newSets[i].Contains(oldKey))
                {
                    carriers++;
                }
            }

            if (carriers > 0 && count >= MinRenameShare * carriers)
            {
                if (!renames.TryGetValue(oldKey, out var list))
                {
                    renames[oldKey] = list = [];
                }

                list.Add(new TemplateRename(display[oldKey], display[newKey], Math.Min(count, carriers), carriers));
            }
        }

        // Two old titles renamed to one new title is a merge, not a rename: only the one most
        // reports made stays evidence ("a. Arbitrary Deprivation of Life ..." over the conflict
        // section's "Killings", both now under "a. Extrajudicial Killings").
        var strongestByNew = renames.Values.SelectMany(r => r)
            .GroupBy(r => TitleWords.RenameKey(r.NewTitle), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Reports), StringComparer.Ordinal);
        foreach (var list in renames.Values)
        {
            list.RemoveAll(r => r.Reports < strongestByNew[TitleWords.RenameKey(r.NewTitle)]);
        }

        foreach (var empty in renames.Where(r => r.Value.Count == 0).Select(r => r.Key).ToList())
        {
            renames.Remove(empty);
        }

        var minEdits = Math.Max(MinEditReports, (int)Math.Ceiling(MinEditShare * used.Count));
        var edits = editCount.Where(e => e.Value >= minEdits).ToFrozenDictionary(StringComparer.Ordinal);
        var minHeadings = Math.Max(3, (int)Math.Ceiling(MinHeadingShare * used.Count));
        var headings = newHeadingCount.Where(h => h.Value >= minHeadings).Select(h => display[h.Key]).Order(StringComparer.Ordinal).ToImmutableArray();
        var frozen = renames.ToFrozenDictionary(
            r => r.Key, r => r.Value.OrderByDescending(x => x.Reports).ThenBy(x => x.NewTitle, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        return new CorpusEvidence(used.Count, frozen, edits, headings, VersionOf(used.Count, frozen, edits));
    }

    /// <summary>The template-wide sentence edits (their signatures, as "of persons [-lgbti +lgbtqi+] and") with the number of reports making each, most made first.</summary>
    public IEnumerable<KeyValuePair<string, int>> TemplateEdits =>
        _edits.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>The template renames of an old title, most followed first; empty when the corpus knows none.</summary>
    public ImmutableArray<TemplateRename> RenamesOf(string oldTitle)
    {
        ArgumentNullException.ThrowIfNull(oldTitle);
        return _renames.TryGetValue(TitleWords.RenameKey(oldTitle), out var list) ? list : [];
    }

    internal ImmutableArray<TemplateRename> RenamesOfKey(string oldRenameKey) =>
        _renames.TryGetValue(oldRenameKey, out var list) ? list : [];

    /// <summary>In how many other reports the same edit was made, when that makes it a template edit; else null.</summary>
    public int? TemplateEditReports(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _edits.Count > 0 && TemplateEditSignature.Of(row) is { } signature && _edits.TryGetValue(signature, out var count) ? count : null;
    }

    /// <summary>The new year's template headings, for reading a page that prints one as a plain paragraph.</summary>
    public TemplateHeadings Headings() => TemplateHeadings.From(NewHeadings);

    private static HashSet<string> Keys(ImmutableArray<string> titles, Dictionary<string, string> display)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            var key = TitleWords.RenameKey(title);
            if (key.Length > 0 && keys.Add(key))
            {
                display.TryAdd(key, title);
            }
        }

        return keys;
    }

    private static string VersionOf(int reports, FrozenDictionary<string, ImmutableArray<TemplateRename>> renames, FrozenDictionary<string, int> edits)
    {
        if (reports == 0)
        {
            return "none";
        }

        // Counts are left out on purpose: one more report agreeing changes no pairing.
        var text = new StringBuilder();
        foreach (var key in renames.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var rename in renames[key])
            {
                text.Append(key).Append('>').Append(TitleWords.RenameKey(rename.NewTitle)).Append('\n');
            }
        }

        text.Append("--\n");
        foreach (var edit in edits.Keys.Order(StringComparer.Ordinal))
        {
            text.Append(edit).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
