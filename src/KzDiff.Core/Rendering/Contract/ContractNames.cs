using System.Globalization;

namespace KzDiff.Core.Rendering.Contract;

/// <summary>How the contract spells the model's enums: the member name in lower case ("stategovhtml", "modified").</summary>
internal static class ContractNames
{
    public static string Lower<T>(T value)
        where T : struct, Enum
    {
        return value.ToString().ToLowerInvariant();
    }

    /// <exception cref="FormatException">The name is not a member of <typeparamref name="T"/>.</exception>
    public static T Parse<T>(string? value)
        where T : struct, Enum
    {
        // Enum.TryParse also accepts numbers ("2") and comma lists; the contract has names only.
        if (value is null || !Enum.TryParse<T>(value, ignoreCase: true, out var result) || !Enum.IsDefined(result) || value.Length == 0 || char.IsDigit(value[0]))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"unknown {typeof(T).Name} \"{value}\""));
        }

        return result;
    }
}
