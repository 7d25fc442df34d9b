using System.Collections.Immutable;
using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>The markers a section change earns; none for an unchanged section.</summary>
public static class SectionBadges
{
    public static ImmutableArray<SectionBadge> For(SectionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var badges = ImmutableArray.CreateBuilder<SectionBadge>();
        switch (change.Status)
        {
            case SectionStatus.Modified:
                badges.Add(new("modified", "~", "modified"));
                break;
            case SectionStatus.Added:
                badges.Add(new("added", "+", "added"));
                break;
            case SectionStatus.Removed:
                badges.Add(new("removed", "\u2212", "removed"));
                break;
            case SectionStatus.Unchanged:
                break;
        }

        if (change.Renamed)
        {
            badges.Add(new("renamed", "\u270E", "renamed"));
        }

        if (change.Moved)
        {
            badges.Add(new("moved", "\u21B7", "moved"));
        }

        if (change.Split)
        {
            badges.Add(new("split", "\u21C9", "split"));
        }

        if (change.Merged)
        {
            badges.Add(new("merged", "\u2295", "merged"));
        }

        return badges.ToImmutable();
    }
}
