using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KzDiff.Core.Editions;
using KzDiff.Core.Rendering.Contract;

namespace KzDiff.Core.Rendering;

/// <summary>
/// The section tree as JSON (the <c>kzdiff tree --format json</c> contract, <see cref="EditionTreeContract"/>).
/// The root carries the edition's metadata (<c>country</c>, <c>countryName</c>, <c>year</c>,
/// <c>sha256</c>, <c>source</c>, <c>format</c>); every node carries <c>title</c>, <c>key</c>,
/// <c>path</c>, <c>level</c>, <c>number</c>, <c>paragraphs</c> (count), <c>words</c>,
/// <c>sentences</c> (its own, not its children's) and <c>children</c>.
/// </summary>
public static class EditionTreeJson
{
    private static readonly JsonTypeInfo<EditionTreeContract> IndentedType = (JsonTypeInfo<EditionTreeContract>)new JsonSerializerOptions(ContractJsonContext.Default.Options)
    {
        WriteIndented = true,

        // Report text is full of quotes and apostrophes; keep them readable, not \u201C-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.GetTypeInfo(typeof(EditionTreeContract));

    public static string Serialize(Edition edition) => JsonSerializer.Serialize(EditionTreeContract.From(edition), IndentedType);
}
