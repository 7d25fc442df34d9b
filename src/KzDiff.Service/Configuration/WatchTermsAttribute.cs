using System.ComponentModel.DataAnnotations;
using KzDiff.Core.Comparison.Flags;
using KzDiff.Service.Comparisons;

namespace KzDiff.Service.Configuration;

/// <summary>Checks a watch-term list with Core's rule (<see cref="FlagOptions.Validate"/>), the one per-request terms go through too.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WatchTermsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not IReadOnlyList<string> terms)
        {
            return ValidationResult.Success;
        }

        try
        {
            WatchTermSet.Of(terms);
            return ValidationResult.Success;
        }
        catch (ArgumentException e)
        {
            return new ValidationResult($"{validationContext.DisplayName}: {WatchTermSet.Problem(e)}");
        }
    }
}
