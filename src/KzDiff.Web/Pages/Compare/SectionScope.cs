using KzDiff.Core.Comparison;
using KzDiff.Core.Rendering;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// The section a reader chose (<c>?section=sec-2.a</c> or <c>?section=2.a</c>) with everything
/// under it: sub-headings and subsections in the new outline, and what was removed from under it
/// in the old one.
/// </summary>
internal sealed class SectionScope
{
    private readonly HashSet<string> newRoots;
    private readonly HashSet<string> oldRoots;

    private SectionScope(HashSet<string> newRoots, HashSet<string> oldRoots, string name)
    {
        this.newRoots = newRoots;
        this.oldRoots = oldRoots;
        Name = name;
    }

    /// <summary>The chosen section's short name.</summary>
    public string Name { get; }

    /// <summary>The scope of <paramref name="section"/> (an anchor or a path), or null when the comparison has no such section.</summary>
    public static SectionScope? Find(EditionComparison comparison, ComparisonAnchors anchors, string section)
    {
        var newRoots = new HashSet<string>(StringComparer.Ordinal);
        var oldRoots = new HashSet<string>(StringComparer.Ordinal);
        string? name = null;
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            // The base anchor (before de-duplication) selects every pair of a split or merge at once.
            if (anchors.Section(i) == section || Anchors.ForSection(change) == section || change.New?.Path == section || change.Old?.Path == section)
            {
                if (change.New is not null)
                {
                    newRoots.Add(change.New.Path);
                }

                if (change.Old is not null)
                {
                    oldRoots.Add(change.Old.Path);
                }

                name ??= SectionNames.Brief(change.New ?? change.Old!);
            }
        }

        return name is null ? null : new SectionScope(newRoots, oldRoots, name);
    }

    /// <summary>
    /// Whether a pair is in the scope: its new section is the chosen one or under it, or it is a
    /// removed section that stood under the chosen one's old counterpart (it has no new place).
    /// </summary>
    public bool Contains(SectionChange change) =>
        change.New is not null
            ? newRoots.Any(root => Within(change.New.Path, root))
            : change.Old is not null && oldRoots.Any(root => root != change.Old.Path && Within(change.Old.Path, root));

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or under it ("2.a/women" and "2.a" under "2"; "2.a" under "2.a").</summary>
    public static bool Within(string path, string root)
    {
        if (path == root)
        {
            return true;
        }

        if (root.Length == 0)
        {
            return false;
        }

        if (path.StartsWith(root + "/", StringComparison.Ordinal))
        {
            return true;
        }

        // A numbered section holds its lettered subsections: "2" holds "2.a" and "2.a/women".
        return !root.Contains('.', StringComparison.Ordinal) && !root.Contains('/', StringComparison.Ordinal)
            && path.StartsWith(root + ".", StringComparison.Ordinal);
    }
}
