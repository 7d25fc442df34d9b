using System.Buffers;
using System.Text.Json;
using KzDiff.Service.Comparisons;

namespace KzDiff.Web.Api;

/// <summary>
/// Writes <c>GET /api/comparisons/{id}</c>: the job's state, and when it succeeded the stored result
/// spliced in verbatim as <c>comparison</c> (no parse and re-serialise of a megabyte document).
/// </summary>
internal static class ComparisonDocument
{
    public static byte[] Write(ComparisonView view, string? resultJson)
    {
        var buffer = new ArrayBufferWriter<byte>(resultJson?.Length + 512 ?? 512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", view.Id);
            w.WriteString("country", view.Country);
            w.WriteNumber("from", view.FromYear);
            w.WriteNumber("to", view.ToYear);
            w.WriteString("status", view.Status.ToString().ToLowerInvariant());
            w.WriteNumber("progress", view.Progress);
            WriteNullable(w, "error", view.Error);
            w.WriteString("engineVersion", view.EngineVersion);
            w.WriteString("fromEditionId", view.FromEditionId);
            w.WriteString("toEditionId", view.ToEditionId);
            w.WriteString("requestedAt", view.RequestedAt);
            WriteDate(w, "startedAt", view.StartedAt);
            WriteDate(w, "completedAt", view.CompletedAt);
            w.WriteNumber("attempts", view.Attempts);
            w.WriteString("self", $"/api/comparisons/{view.Id}");
            w.WritePropertyName("comparison");
            if (resultJson is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteRawValue(resultJson, skipInputValidation: true);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateTime? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, DateTime.SpecifyKind(date, DateTimeKind.Utc));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
