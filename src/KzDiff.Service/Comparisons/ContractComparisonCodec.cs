using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Service.Comparisons;

/// <summary>
/// The documented JSON contract of <c>kzdiff compare --format json</c>, so the API and the CLI agree.
/// Stored without indentation: the API sends the stored text as it is, and a third fewer bytes per
/// response is a third less to copy for every reader.
/// </summary>
public sealed class ContractComparisonCodec : IComparisonCodec
{
    // Readable Unicode as the CLI writes it; HTML-sensitive characters stay escaped.
    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Write(EditionComparison comparison)
    {
        using var document = JsonDocument.Parse(ComparisonJson.Write(comparison));
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public EditionComparison Read(string json) => ComparisonJson.Read(json);
}
