using KzDiff.Core.Comparison.Text;

namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// Matches the sentences left between two anchors by word similarity, with a small dynamic
/// programme that keeps order and also tries one-into-two and two-into-one. Gaps larger than
/// <see cref="BlockSize"/> on a side are cut into diagonal blocks, so the work stays linear;
/// anything a block boundary separates is still found later as a move.
/// </summary>
internal static class GapMatcher
{
    /// <summary>Word-set Dice from which two sentences count as one sentence modified.</summary>
    public const double ModifiedThreshold = 0.5;

    private const double SplitThreshold = 0.7;
    private const double PartContainment = 0.6;
    private const int BlockSize = 48;

    /// <summary>Below this similarity to its first piece a sentence cannot be one half of a split or merge that passes <see cref="SplitThreshold"/>.</summary>
    private const double JoinGate = 0.25;

    public static void Match(
        IReadOnlyList<SentenceProfile> oldSentences,
        IReadOnlyList<int> oldGap,
        IReadOnlyList<SentenceProfile> newSentences,
        IReadOnlyList<int> newGap,
        List<GapMatch> matches)
    {
        int p = oldGap.Count, q = newGap.Count;
        if (p == 0 || q == 0)
        {
            return;
        }

        var blocks = Math.Max(1, (Math.Max(p, q) + BlockSize - 1) / BlockSize);
        for (var k = 0; k < blocks; k++)
        {
            int a0 = p * k / blocks, a1 = p * (k + 1) / blocks;
            int b0 = q * k / blocks, b1 = q * (k + 1) / blocks;
            if (a1 > a0 && b1 > b0)
            {
                MatchBlock(oldSentences, oldGap, a0, a1, newSentences, newGap, b0, b1, matches);
            }
        }
    }

    private static void MatchBlock(
        IReadOnlyList<SentenceProfile> oldSentences,
        IReadOnlyList<int> oldGap,
        int a0,
        int a1,
        IReadOnlyList<SentenceProfile> newSentences,
        IReadOnlyList<int> newGap,
        int b0,
        int b1,
        List<GapMatch> matches)
    {
        int n = a1 - a0, m = b1 - b0, width = m + 1;
        var score = new double[(n + 1) * width];
        var move = new byte[(n + 1) * width];
        for (var i = n; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                if (i == n && j == m)
                {
                    continue;
                }

                var cell = (i * width) + j;
                double best = -1;
                byte choice = 0;
                if (i < n && score[cell + width] > best)
                {
                    best = score[cell + width];
                    choice = 1;
                }

                if (j < m && score[cell + 1] > best)
                {
                    best = score[cell + 1];
                    choice = 2;
                }

                if (i < n && j < m)
                {
                    var oldSentence = oldSentences[oldGap[a0 + i]];
                    var sim = TextFold.Dice(oldSentence.WordSet, newSentences[newGap[b0 + j]].WordSet);
                    if (sim >= ModifiedThreshold && score[cell + width + 1] + (2 * sim) > best)
                    {
                        best = score[cell + width + 1] + (2 * sim);
                        choice = 3;
                    }

                    // A split or merge shares many words with the first piece; most cells are skipped here.
                    var mayJoin = sim >= JoinGate;
                    if (mayJoin && j + 1 < m)
                    {
                        var split = SplitScore(oldSentence, newSentences[newGap[b0 + j]], newSentences[newGap[b0 + j + 1]]);
                        if (split > 0 && score[cell + width + 2] + (3 * split) > best)
                        {
                            best = score[cell + width + 2] + (3 * split);
                            choice = 4;
                        }
                    }

                    if (mayJoin && i + 1 < n)
                    {
                        var merge = SplitScore(newSentences[newGap[b0 + j]], oldSentence, oldSentences[oldGap[a0 + i + 1]]);
                        if (merge > 0 && score[cell + (2 * width) + 1] + (3 * merge) > best)
                        {
                            best = score[cell + (2 * width) + 1] + (3 * merge);
                            choice = 5;
                        }
                    }
                }

                score[cell] = best;
                move[cell] = choice;
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            switch (move[(x * width) + y])
            {
                case 1:
                    x++;
                    break;
                case 2:
                    y++;
                    break;
                case 3:
                    matches.Add(new GapMatch(oldGap[a0 + x], newGap[b0 + y], 1, 1));
                    x++;
                    y++;
                    break;
                case 4:
                    matches.Add(new GapMatch(oldGap[a0 + x], newGap[b0 + y], 1, 2));
                    x++;
                    y += 2;
                    break;
                case 5:
                    matches.Add(new GapMatch(oldGap[a0 + x], newGap[b0 + y], 2, 1));
                    x += 2;
                    y++;
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>Similarity of <paramref name="whole"/> to two parts read together, or 0 unless each part clearly comes from it.</summary>
    private static double SplitScore(SentenceProfile whole, SentenceProfile first, SentenceProfile second)
    {
        if (!ContainedIn(first.WordSet, whole.WordSet) || !ContainedIn(second.WordSet, whole.WordSet))
        {
            return 0;
        }

        var union = TextFold.Union(first.WordSet, second.WordSet);
        var sim = TextFold.Dice(whole.WordSet, union);
        return sim >= SplitThreshold ? sim : 0;
    }

    private static bool ContainedIn(ulong[] part, ulong[] whole)
    {
        return part.Length > 0 && TextFold.IntersectionCount(part, whole) >= PartContainment * part.Length;
    }
}
