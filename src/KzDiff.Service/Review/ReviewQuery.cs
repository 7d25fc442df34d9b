namespace KzDiff.Service.Review;

/// <summary>What the review queue is filtered by; null means any.</summary>
/// <param name="Country">A country key or name.</param>
/// <param name="From">Comparisons whose older year is this or later.</param>
/// <param name="To">Comparisons whose newer year is this or earlier.</param>
/// <param name="State">One of <see cref="ReviewStates"/>.</param>
/// <param name="Kind">A flag kind as the contract spells it.</param>
/// <param name="MinScore">Flags scoring at least this (0..1).</param>
/// <param name="Section">A section path ("2.a", and the sections below it) or words of its title.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">1 to <see cref="ReviewLimits.MaxPageSize"/>.</param>
public sealed record ReviewQuery(
    string? Country = null,
    int? From = null,
    int? To = null,
    string? State = null,
    string? Kind = null,
    double? MinScore = null,
    string? Section = null,
    int Page = 1,
    int PageSize = ReviewLimits.DefaultPageSize);
