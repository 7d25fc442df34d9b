using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering.Contract;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The JSON form of a comparison: what <c>kzdiff compare --format json</c> prints, what the API
/// returns and what the service stores. The records in <c>Rendering/Contract</c> are the contract;
/// this class maps the model onto them and serializes them with <see cref="ContractJsonContext"/>.
/// <code>
/// {
///   "engineVersion": "5",
///   "old": { "country", "countryName", "year", "sha256", "source", "format" },   // same for "new"
///   "stats": { "sectionsUnchanged", "sectionsModified", "sectionsAdded", "sectionsRemoved",
///              "sentencesUnchanged", "sentencesModified", "sentencesMoved", "sentencesAdded",
///              "sentencesRemoved", "wordsAdded", "wordsRemoved", "substantiveChanges",
///              "routineChanges", "formattingChanges" },
///   "summary": { "text": string,   // a few plain sentences
///                "keyChanges": [ { "kind", "score", "explanation",   // the change's top flag
///                                  "section": { "path", "title" },
///                                  "anchor": string } ] },   // the compare page's fragment id ("c-…" row, "sec-…" section)
///   "sections": [ {
///     "status": "unchanged|modified|added|removed",
///     "renamed", "moved", "split", "merged": bool,
///     "old": { "path", "title" } | null, "new": { "path", "title" } | null,
///     "similarity": 0..1, "confidence": 0..1, "evidence": [ string ],
///     "flags": [ { "kind": "section", "score": 0..1, "explanation": string } ],   // removed, renamed, merged, split
///     "sentences": [ {
///       "status": "unchanged|modified|moved|added|removed",
///       "kind": "none|formatting|routine|substantive",
///       "old": string|null, "new": string|null,
///       "movedFrom": path|null,   // set on the row where a moved sentence arrives
///       "movedTo": path|null,     // set on the row where a moved sentence left
///       "moveId": "m1"|absent,    // on both rows of a move, the same: pair the two ends by it
///       "words": [ { "op": "equal|insert|delete", "text" } ],   // empty unless the text changed
///       "note": string|null,      // "split into 2 sentences", "merged from 2 sentences"
///       "flags": [ { "kind": "number|quantity|polarity|attribution|term|entity",
///                    "score": 0..1, "explanation": string } ]   // highest score first; empty when none
///     } ]
///   } ]
/// }
/// </code>
/// A split or merged section appears once per pair it forms. A moved sentence appears twice:
/// in its old section with movedTo and in its new section with movedFrom, both with the same
/// moveId; statistics count it once.
/// </summary>
public static class ComparisonJson
{
    /// <summary>
    /// Readable non-ASCII text ("Nur-Sultan’s") but still escaped &lt;, &gt;, &amp; and quotes, so
    /// the JSON stays safe if someone inlines it into a page. Documents that embed the contract
    /// (the API's) write with it too, so the embedded part reads byte for byte as stored.
    /// </summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    // After Encoder: static initialisers run in textual order.
    private static readonly JsonTypeInfo<ComparisonContract> IndentedType = TypeInfo(indented: true);

    private static readonly JsonTypeInfo<ComparisonContract> CompactType = TypeInfo(indented: false);

    /// <param name="comparison">The comparison to write.</param>
    /// <param name="indented">Indented for people (the CLI); compact for storage and the API.</param>
    public static string Write(EditionComparison comparison, bool indented = true) =>
        JsonSerializer.Serialize(ComparisonContract.From(comparison), indented ? IndentedType : CompactType);

    /// <summary>Reads the JSON this class writes back into a comparison.</summary>
    /// <exception cref="FormatException">The text is not a comparison in this contract.</exception>
    public static EditionComparison Read(string json) => ReadContract(json).ToComparison();

    /// <summary>Reads the JSON this class writes into the contract's records, without building the model.</summary>
    /// <exception cref="FormatException">The text is not a comparison in this contract.</exception>
    public static ComparisonContract ReadContract(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, CompactType) ?? throw new FormatException("not a KzDiff comparison: null");
        }
        catch (JsonException e)
        {
            throw new FormatException("not a KzDiff comparison: " + e.Message, e);
        }
    }

    private static JsonTypeInfo<ComparisonContract> TypeInfo(bool indented)
    {
        var options = new JsonSerializerOptions(ContractJsonContext.Default.Options) { WriteIndented = indented, Encoder = Encoder };
        return (JsonTypeInfo<ComparisonContract>)options.GetTypeInfo(typeof(ComparisonContract));
    }
}
