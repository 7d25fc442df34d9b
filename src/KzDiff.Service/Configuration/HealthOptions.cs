using System.ComponentModel.DataAnnotations;

namespace KzDiff.Service.Configuration;

/// <summary>What <c>/health</c> calls stuck.</summary>
public sealed class HealthOptions
{
    /// <summary>
    /// A comparison queued or running longer than this is reported as stuck (health "degraded"). Long
    /// enough for a large batch on a small machine to drain without alarm.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00", ErrorMessage = "{0} must be between {1} and {2} (hh:mm:ss)")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(30);
}
