using System.Security.Cryptography;
using System.Text;
using KzDiff.Core.Comparison;

namespace KzDiff.Core.Rendering;

/// <summary>
/// Element ids for permalinks, the compare page's and the contract's (<c>summary.keyChanges[].anchor</c>).
/// They derive from paths and text, not from positions, so a link to a change keeps working
/// whatever filters the reader applies and across page versions. <see cref="ComparisonAnchors"/>
/// assigns them to a whole comparison.
/// </summary>
public static class Anchors
{
    public static string ForSection(SectionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        // Removed sections are named by their old path with a prefix, so they never collide with a new path.
        return change.New is { } created ? "sec-" + Slug(created.Path) : "sec-old-" + Slug(change.Old?.Path ?? "");
    }

    /// <summary>The section anchor the compare page gives a section of the newer edition at <paramref name="path"/>.</summary>
    public static string ForNewPath(string path) => "sec-" + Slug(path);

    public static string ForSentence(string sectionAnchor, SentenceChange sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var key = string.Join('\u0001', sectionAnchor, sentence.Status, sentence.Old, sentence.New);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return "c-" + Convert.ToHexStringLower(hash[..5]);
    }

    public static string Slug(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new StringBuilder(path.Length);
        foreach (var c in path.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' => c,
                '/' => '_',
                _ => '-',
            });
        }

        return builder.Length == 0 ? "root" : builder.ToString();
    }

    /// <summary>Returns <paramref name="candidate"/>, or it with a numeric suffix when already taken.</summary>
    public static string Unique(string candidate, HashSet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var id = candidate;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = candidate + "-" + n;
        }

        return id;
    }
}
