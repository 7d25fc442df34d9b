using System.Text;

namespace KzDiff.Web.Tests.Support;

/// <summary>Makes a new year's edition out of a sample by rolling its year forward.</summary>
internal static class YearText
{
    public static byte[] Replace2023With2024(this byte[] content) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("2023", "2024", StringComparison.Ordinal));
}
