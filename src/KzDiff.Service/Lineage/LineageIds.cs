using System.Security.Cryptography;

namespace KzDiff.Service.Lineage;

/// <summary>Short, URL-safe identifiers for section lineages (<c>/history/kazakhstan/3f9c0a1b2d4e</c>).</summary>
public static class LineageIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
