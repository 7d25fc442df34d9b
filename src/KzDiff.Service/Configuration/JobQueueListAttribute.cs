using System.ComponentModel.DataAnnotations;

namespace KzDiff.Service.Configuration;

/// <summary>Checks <c>KzDiff:Jobs:Queues</c>: known queue names (<see cref="JobQueues"/>), each once.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JobQueueListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not IReadOnlyList<string> queues)
        {
            return ValidationResult.Success;
        }

        var unknown = queues.Where(q => !JobQueues.All.Contains(q, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return new ValidationResult(
                $"{validationContext.DisplayName} may name only {string.Join(", ", JobQueues.All)} (lower case)");
        }

        return queues.Distinct(StringComparer.Ordinal).Count() == queues.Count
            ? ValidationResult.Success
            : new ValidationResult($"{validationContext.DisplayName} names a queue twice");
    }
}
