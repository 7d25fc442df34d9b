using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>Consecutive sections of the tree; runs of unchanged sections are folded away.</summary>
public sealed record NavGroup(bool Folded, ImmutableArray<NavItem> Items);
