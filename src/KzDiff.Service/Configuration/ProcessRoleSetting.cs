using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KzDiff.Service.Configuration;

/// <summary>
/// Reads <c>KzDiff:Role</c> before the options are bound, because it decides what a process registers
/// (pages, a job server); a wrong value stops the start naming the key, as the bound options do.
/// </summary>
public static class ProcessRoleSetting
{
    public const string Key = KzDiffOptions.SectionName + ":" + nameof(KzDiffOptions.Role);

    public static ProcessRole Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Key]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return ProcessRole.All;
        }

        // Names only: Enum.TryParse would also take "2" or "web,worker".
        var role = Enum.GetValues<ProcessRole>().Where(r => string.Equals(r.ToString(), value, StringComparison.OrdinalIgnoreCase)).ToList();
        return role.Count == 1
            ? role[0]
            : throw new OptionsValidationException(
                KzDiffOptions.SectionName, typeof(KzDiffOptions), [$"{Key} must be all, web or worker, was \"{value}\""]);
    }
}
