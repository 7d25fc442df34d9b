using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>A template edit: the same word edit made in <see cref="Countries"/> other reports of the same years.</summary>
public sealed record TemplateEditContract
{
    public required int Countries { get; init; }

    public static TemplateEditContract From(TemplateEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return new TemplateEditContract { Countries = edit.Countries };
    }

    public TemplateEdit ToTemplateEdit() => Countries > 0
        ? new TemplateEdit(Countries)
        : throw new FormatException("template.countries must be positive");
}
