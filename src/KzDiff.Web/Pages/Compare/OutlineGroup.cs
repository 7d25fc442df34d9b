using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Consecutive entries of one outline column; a run of sections nothing happened to is folded.</summary>
public sealed record OutlineGroup(bool Folded, ImmutableArray<OutlineEntry> Entries);
