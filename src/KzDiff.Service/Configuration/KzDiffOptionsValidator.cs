using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace KzDiff.Service.Configuration;

/// <summary>
/// Checks <see cref="KzDiffOptions"/> at start: the data annotations of every group, and the rules
/// that span settings. Each failure names the configuration key and the value found
/// ("KzDiff:Jobs:WorkerCount must be between 1 and 64, was 0"). The framework's
/// ValidateDataAnnotations names only the property and does not descend into the groups.
/// </summary>
internal sealed class KzDiffOptionsValidator : IValidateOptions<KzDiffOptions>
{
    public ValidateOptionsResult Validate(string? name, KzDiffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckAnnotations(options, KzDiffOptions.SectionName, failures);
        if (options.Storage.Mode == StorageMode.PostgreSql && string.IsNullOrWhiteSpace(options.Storage.ConnectionString))
        {
            failures.Add(
                $"{KzDiffOptions.SectionName}:Storage:ConnectionString must be set when {KzDiffOptions.SectionName}:Storage:Mode is PostgreSql " +
                "(an Npgsql connection string such as Host=db;Database=kzdiff;Username=kzdiff), in appsettings.json or KzDiff__Storage__ConnectionString");
        }

        if (options.Role != ProcessRole.All && options.Storage.Mode != StorageMode.PostgreSql)
        {
            failures.Add(
                $"{KzDiffOptions.SectionName}:Role {options.Role.ToString().ToLowerInvariant()} needs {KzDiffOptions.SectionName}:Storage:Mode PostgreSql " +
                "(the embedded job queue lives in one process's memory; use Role all there)");
        }

        var smtp = options.Subscriptions.Smtp;
        if (smtp.IsConfigured && !MimeKit.MailboxAddress.TryParse(smtp.From, out _))
        {
            failures.Add(
                $"{KzDiffOptions.SectionName}:Subscriptions:Smtp:From must be a sender address (\"KzDiff <kzdiff@example.org>\") when " +
                $"{KzDiffOptions.SectionName}:Subscriptions:Smtp:Host is set, was {Show(smtp.From)}");
        }

        if (!Uri.TryCreate(options.Subscriptions.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add($"{KzDiffOptions.SectionName}:Subscriptions:PublicBaseUrl must be an absolute http or https address, was {Show(options.Subscriptions.PublicBaseUrl)}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAnnotations(object group, string section, List<string> failures)
    {
        foreach (var property in group.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{section}:{property.Name}";
            var value = property.GetValue(group);
            if (property.IsDefined(typeof(ValidateObjectMembersAttribute)))
            {
                if (value is null)
                {
                    failures.Add($"{key} is missing");
                }
                else
                {
                    CheckAnnotations(value, key, failures);
                }

                continue;
            }

            var context = new ValidationContext(group) { MemberName = property.Name, DisplayName = key };
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.GetValidationResult(value, context) is { ErrorMessage: { } message })
                {
                    failures.Add($"{message.TrimEnd('.')}, was {Show(value)}");
                }
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "empty",
        string s when string.IsNullOrWhiteSpace(s) => "empty",
        string s => $"\"{s}\"",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(item => $"\"{item}\"")) + "]",
        _ => value.ToString() ?? "empty",
    };
}
