using KzDiff.Core.Comparison;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// Pairs the two ends of every moved sentence. A move appears twice in a comparison: in the
/// section it left (with MovedTo) and in the section it joined (with MovedFrom), both carrying the
/// old text; each end links to the other, or to the other section when the engine gave one end only.
/// </summary>
internal sealed class MoveLinks
{
    private readonly Dictionary<(string Path, string Text), string> departures = [];
    private readonly Dictionary<(string Path, string Text), string> arrivals = [];
    private readonly Dictionary<string, string> sectionByOldPath = [];
    private readonly Dictionary<string, string> sectionByNewPath = [];
    private readonly Dictionary<string, string> titleByOldPath = [];
    private readonly Dictionary<string, string> titleByNewPath = [];

    public MoveLinks(EditionComparison comparison, string[] sectionAnchors, string?[][] sentenceAnchors)
    {
        for (var i = 0; i < comparison.Sections.Length; i++)
        {
            var change = comparison.Sections[i];
            if (change.Old is not null)
            {
                sectionByOldPath.TryAdd(change.Old.Path, sectionAnchors[i]);
                titleByOldPath.TryAdd(change.Old.Path, change.Old.Title);
            }

            if (change.New is not null)
            {
                sectionByNewPath.TryAdd(change.New.Path, sectionAnchors[i]);
                titleByNewPath.TryAdd(change.New.Path, change.New.Title);
            }

            for (var j = 0; j < change.Sentences.Length; j++)
            {
                var sentence = change.Sentences[j];
                var anchor = sentenceAnchors[i][j];
                if (sentence.Status != SentenceStatus.Moved || anchor is null || sentence.Old is null)
                {
                    continue;
                }

                if (sentence.MovedTo is not null && change.Old is not null)
                {
                    departures.TryAdd((change.Old.Path, sentence.Old), anchor);
                }

                if (sentence.MovedFrom is not null)
                {
                    arrivals.TryAdd((sentence.MovedFrom, sentence.Old), anchor);
                }
            }
        }
    }

    /// <summary>A reader's name for the old section at <paramref name="path"/>: its title, or the path when unknown.</summary>
    public string? OldSectionName(string? path) => path is null ? null : titleByOldPath.GetValueOrDefault(path, path);

    /// <summary>A reader's name for the new section at <paramref name="path"/>.</summary>
    public string? NewSectionName(string? path) => path is null ? null : titleByNewPath.GetValueOrDefault(path, path);

    /// <summary>The fragment of the other end of a moved sentence, or null when it is not a move.</summary>
    public string? OtherEnd(SectionChange change, SentenceChange sentence)
    {
        if (sentence.Status != SentenceStatus.Moved)
        {
            return null;
        }

        if (sentence.MovedTo is not null)
        {
            if (change.Old is not null && sentence.Old is not null && arrivals.TryGetValue((change.Old.Path, sentence.Old), out var arrival))
            {
                return "#" + arrival;
            }

            return sectionByNewPath.TryGetValue(sentence.MovedTo, out var target) ? "#" + target : null;
        }

        if (sentence.MovedFrom is not null)
        {
            if (sentence.Old is not null && departures.TryGetValue((sentence.MovedFrom, sentence.Old), out var departure))
            {
                return "#" + departure;
            }

            return sectionByOldPath.TryGetValue(sentence.MovedFrom, out var source) ? "#" + source : null;
        }

        return null;
    }
}
