namespace KzDiff.Service.Lineage;

/// <summary>Since when one sentence of an edition stands in the country's reports.</summary>
/// <param name="Sentence">The sentence as this edition prints it.</param>
/// <param name="Section">Path of the section holding it in this edition.</param>
/// <param name="FirstSeen">First stored year in which it, or an earlier wording of it, appears.</param>
/// <param name="UnchangedSince">First year of its unbroken run with this wording (formatting-only changes ignored).</param>
/// <param name="RewordedIn">Years in which its wording changed, oldest first.</param>
public sealed record SentenceLineageItem(string Sentence, string Section, int FirstSeen, int UnchangedSince, IReadOnlyList<int> RewordedIn)
{
    /// <summary>"since 2016, reworded in 2019 and 2021".</summary>
    public string Describe()
    {
        var since = $"since {FirstSeen}";
        if (RewordedIn.Count == 0)
        {
            return since;
        }

        var years = RewordedIn.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var list = years.Length == 1 ? years[0] : string.Join(", ", years[..^1]) + " and " + years[^1];
        return $"{since}, reworded in {list}";
    }
}
