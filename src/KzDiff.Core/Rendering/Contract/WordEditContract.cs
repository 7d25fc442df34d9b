using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>A run of words kept, inserted or deleted within a changed sentence.</summary>
public sealed record WordEditContract
{
    /// <summary>"equal", "insert" or "delete".</summary>
    public required string Op { get; init; }

    public required string Text { get; init; }

    public static WordEditContract From(WordEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return new WordEditContract { Op = ContractNames.Lower(edit.Operation), Text = edit.Text };
    }

    public WordEdit ToWordEdit() => new(ContractNames.Parse<WordOperation>(Op), Text);
}
