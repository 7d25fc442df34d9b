using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>One aligned section pair (or an added or removed section) with its sentence rows.</summary>
public sealed record SectionChangeContract
{
    /// <summary>"unchanged", "modified", "added" or "removed".</summary>
    public required string Status { get; init; }

    public required bool Renamed { get; init; }

    public required bool Moved { get; init; }

    public required bool Split { get; init; }

    public required bool Merged { get; init; }

    /// <summary>Null for an added section; written as null, never left out.</summary>
    public required SectionReferenceContract? Old { get; init; }

    /// <summary>Null for a removed section.</summary>
    public required SectionReferenceContract? New { get; init; }

    /// <summary>0..1, rounded to four places.</summary>
    public required double Similarity { get; init; }

    /// <summary>0..1, rounded to four places.</summary>
    public required double Confidence { get; init; }

    public required IReadOnlyList<string> Evidence { get; init; }

    /// <summary>Section-level flags (removed, renamed, merged, split), highest score first; always written, null only in results stored before flags.</summary>
    public IReadOnlyList<ChangeFlagContract>? Flags { get; init; }

    public required IReadOnlyList<SentenceChangeContract> Sentences { get; init; }

    public static SectionChangeContract From(SectionChange section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new SectionChangeContract
        {
            Status = ContractNames.Lower(section.Status),
            Renamed = section.Renamed,
            Moved = section.Moved,
            Split = section.Split,
            Merged = section.Merged,
            Old = SectionReferenceContract.From(section.Old),
            New = SectionReferenceContract.From(section.New),
            // Four places are what a reader can use; more would only make every document longer.
            Similarity = Math.Round(section.Similarity, 4),
            Confidence = Math.Round(section.Confidence, 4),
            Evidence = section.Evidence,
            Flags = section.Flags.Select(ChangeFlagContract.From).ToArray(),
            Sentences = section.Sentences.Select(SentenceChangeContract.From).ToArray(),
        };
    }

    public SectionChange ToSectionChange() => new(
        ContractNames.Parse<SectionStatus>(Status),
        Renamed,
        Moved,
        Split,
        Merged,
        Old?.ToReference(),
        New?.ToReference(),
        Similarity,
        Confidence,
        [.. Evidence],
        [.. Sentences.Select(row => row.ToSentenceChange())],
        [.. (Flags ?? []).Select(flag => flag.ToFlag())]);
}
