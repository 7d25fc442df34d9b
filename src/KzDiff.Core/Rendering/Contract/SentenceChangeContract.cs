using System.Text.Json.Serialization;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>
/// One sentence row. A moved sentence has two rows: <see cref="MovedTo"/> where it left,
/// <see cref="MovedFrom"/> where it arrived.
/// </summary>
public sealed record SentenceChangeContract
{
    /// <summary>"unchanged", "modified", "moved", "added" or "removed".</summary>
    public required string Status { get; init; }

    /// <summary>"none", "formatting", "routine" or "substantive".</summary>
    public required string Kind { get; init; }

    public string? Old { get; init; }

    public string? New { get; init; }

    /// <summary>The old section's path, on the row where a moved sentence arrives.</summary>
    public string? MovedFrom { get; init; }

    /// <summary>The new section's path, on the row where a moved sentence left.</summary>
    public string? MovedTo { get; init; }

    /// <summary>
    /// On both rows of a moved sentence, the same id ("m1"): what pairs the departure with the
    /// arrival. Left out on other rows and in results stored before engine version 5.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MoveId { get; init; }

    /// <summary>Empty unless the text changed; always written, null only when a document leaves it out.</summary>
    public IReadOnlyList<WordEditContract>? Words { get; init; }

    /// <summary>"split into 2 sentences", "merged from 2 sentences", or null.</summary>
    public string? Note { get; init; }

    /// <summary>Why the change may matter, highest score first; empty when nothing stands out. Always written, null only in results stored before flags.</summary>
    public IReadOnlyList<ChangeFlagContract>? Flags { get; init; }

    /// <summary>Only on a template edit (the same edit in many other reports); left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TemplateEditContract? Template { get; init; }

    public static SentenceChangeContract From(SentenceChange row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SentenceChangeContract
        {
            Status = ContractNames.Lower(row.Status),
            Kind = ContractNames.Lower(row.Kind),
            Old = row.Old,
            New = row.New,
            MovedFrom = row.MovedFrom,
            MovedTo = row.MovedTo,
            MoveId = row.MoveId,
            Words = row.Words.Select(WordEditContract.From).ToArray(),
            Note = row.Note,
            Flags = row.Flags.Select(ChangeFlagContract.From).ToArray(),
            Template = row.Template is null ? null : TemplateEditContract.From(row.Template),
        };
    }

    public SentenceChange ToSentenceChange() => new(
        ContractNames.Parse<SentenceStatus>(Status),
        ContractNames.Parse<ChangeKind>(Kind),
        Old,
        New,
        MovedFrom,
        MovedTo,
        [.. (Words ?? []).Select(edit => edit.ToWordEdit())],
        Note,
        [.. (Flags ?? []).Select(flag => flag.ToFlag())],
        Template?.ToTemplateEdit(),
        MoveId);
}
