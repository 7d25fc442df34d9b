using System.Globalization;
using KzDiff.Core.Comparison.Text;
using KzDiff.Core.Editions;

namespace KzDiff.Core.Tests.Comparison;

/// <summary>
/// Applies seeded random edits of the kinds a real year-on-year revision makes, and records what
/// a correct comparison must report for each. Every edit touches sentences and nodes no other
/// edit touches, so each has exactly one right answer.
/// </summary>
internal sealed class EditionMutator
{
    private static readonly string[] Replacements =
    [
        "reportedly", "notably", "allegedly", "repeatedly", "officially", "publicly", "sharply", "quietly",
        "promptly", "formally", "briefly", "widely", "rarely", "largely", "partially", "strictly",
    ];

    private readonly Random _random;
    private readonly MutableTree _root;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _originalSqueezes = [];
    private readonly Queue<string> _foreignSentences;

    public EditionMutator(Edition edition, IEnumerable<string> foreignSentences, int seed)
    {
        _random = new Random(seed);
        _root = new MutableTree(edition.Root, null);
        foreach (var node in edition.Root.DescendantsAndSelf())
        {
            foreach (var sentence in node.Sentences)
            {
                _originalSqueezes.Add(TextFold.SqueezeHash(sentence));
            }
        }

        // Sentences that occur more than once cannot be told apart; no edit touches them.
        var counts = edition.Root.DescendantsAndSelf().SelectMany(n => n.Sentences).GroupBy(s => TextFold.SqueezeHash(s));
        foreach (var group in counts.Where(g => g.Count() > 1))
        {
            foreach (var sentence in group)
            {
                _used.Add(sentence);
            }
        }

        _foreignSentences = new Queue<string>(foreignSentences
            .Where(s => s.Split(' ').Length >= 8 && !_originalSqueezes.Contains(TextFold.SqueezeHash(s)))
            .OrderBy(_ => _random.Next()));
    }

    public List<ExpectedEdit> Edits { get; } = [];

    public SectionNode Result() => _root.ToNode();

    public void Apply(int count)
    {
        var kinds = new[]
        {
            EditKind.MoveWithinSection, EditKind.MoveAcrossSections, EditKind.Reword, EditKind.Reword, EditKind.ChangeNumber,
            EditKind.Delete, EditKind.Insert, EditKind.Split, EditKind.RenameSection, EditKind.MoveSubsection,
        };
        var attempts = 0;
        while (Edits.Count < count && attempts++ < count * 50)
        {
            var kind = kinds[_random.Next(kinds.Length)];
            var edit = kind switch
            {
                EditKind.MoveWithinSection => MoveWithin(),
                EditKind.MoveAcrossSections => MoveAcross(),
                EditKind.Reword => Reword(),
                EditKind.ChangeNumber => ChangeNumber(),
                EditKind.Delete => Delete(),
                EditKind.Insert => Insert(),
                EditKind.Split => Split(),
                EditKind.RenameSection => Rename(),
                _ => MoveSubsection(),
            };
            if (edit is not null)
            {
                Edits.Add(edit);
            }
        }
    }

    private (MutableTree Node, List<string> Paragraph, int Index)? PickSentence(Func<string, bool> filter, int minimumInNode = 1)
    {
        var candidates = new List<(MutableTree, List<string>, int)>();
        foreach (var node in _root.DescendantsAndSelf())
        {
            if (node.SentenceCount < minimumInNode)
            {
                continue;
            }

            foreach (var paragraph in node.Paragraphs)
            {
                for (var i = 0; i < paragraph.Count; i++)
                {
                    if (!_used.Contains(paragraph[i]) && filter(paragraph[i]))
                    {
                        candidates.Add((node, paragraph, i));
                    }
                }
            }
        }

        return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)];
    }

    private static bool Wordy(string sentence) => sentence.Split(' ').Length >= 10;

    private ExpectedEdit? MoveWithin()
    {
        var pick = PickSentence(Wordy, minimumInNode: 6);
        if (pick is not { } p)
        {
            return null;
        }

        var sentence = p.Paragraph[p.Index];
        var flat = p.Node.Paragraphs.SelectMany((para, pi) => para.Select((_, si) => (pi, si))).ToList();
        var from = flat.FindIndex(x => p.Node.Paragraphs[x.pi] == p.Paragraph && x.si == p.Index);
        var to = from >= flat.Count / 2 ? _random.Next(0, Math.Max(1, from - 2)) : _random.Next(Math.Min(flat.Count - 1, from + 3), flat.Count);
        if (Math.Abs(to - from) < 3)
        {
            return null;
        }

        var target = flat[to];
        var targetParagraph = p.Node.Paragraphs[target.pi];
        var targetSentence = targetParagraph[target.si];
        p.Paragraph.RemoveAt(p.Index);
        targetParagraph.Insert(targetParagraph.IndexOf(targetSentence), sentence);
        _used.Add(sentence);
        _used.Add(targetSentence);
        return new ExpectedEdit(EditKind.MoveWithinSection, sentence, sentence, p.Node.OldPath);
    }

    private ExpectedEdit? MoveAcross()
    {
        var pick = PickSentence(Wordy);
        if (pick is not { } p)
        {
            return null;
        }

        var targets = _root.DescendantsAndSelf().Where(n => n != p.Node && n != _root && n.Paragraphs.Count > 0).ToList();
        var target = targets[_random.Next(targets.Count)];
        var sentence = p.Paragraph[p.Index];
        p.Paragraph.RemoveAt(p.Index);
        var paragraph = target.Paragraphs[_random.Next(target.Paragraphs.Count)];
        paragraph.Insert(_random.Next(paragraph.Count + 1), sentence);
        _used.Add(sentence);
        return new ExpectedEdit(EditKind.MoveAcrossSections, sentence, sentence, p.Node.OldPath);
    }

    private ExpectedEdit? Reword()
    {
        var pick = PickSentence(s => s.Split(' ').Length >= 14);
        if (pick is not { } p)
        {
            return null;
        }

        var sentence = p.Paragraph[p.Index];
        var words = sentence.Split(' ');
        var positions = Enumerable.Range(1, words.Length - 2).Where(i => words[i].Length >= 4 && words[i].All(char.IsLetter)).OrderBy(_ => _random.Next()).Take(2).ToList();
        if (positions.Count < 2)
        {
            return null;
        }

        foreach (var i in positions)
        {
            words[i] = Replacements[_random.Next(Replacements.Length)];
        }

        var edited = string.Join(' ', words);
        if (edited == sentence)
        {
            return null;
        }

        p.Paragraph[p.Index] = edited;
        _used.Add(sentence);
        _used.Add(edited);
        return new ExpectedEdit(EditKind.Reword, sentence, edited, p.Node.OldPath);
    }

    private ExpectedEdit? ChangeNumber()
    {
        var pick = PickSentence(s => Wordy(s) && s.Split(' ').Any(IsPlainNumber));
        if (pick is not { } p)
        {
            return null;
        }

        var sentence = p.Paragraph[p.Index];
        var words = sentence.Split(' ');
        var i = Array.FindIndex(words, IsPlainNumber);
        words[i] = (int.Parse(words[i], CultureInfo.InvariantCulture) + 7).ToString(CultureInfo.InvariantCulture);
        var edited = string.Join(' ', words);
        p.Paragraph[p.Index] = edited;
        _used.Add(sentence);
        _used.Add(edited);
        return new ExpectedEdit(EditKind.ChangeNumber, sentence, edited, p.Node.OldPath);
    }

    private static bool IsPlainNumber(string word) =>
        word.Length is > 0 and < 4 && word.All(char.IsAsciiDigit);

    private ExpectedEdit? Delete()
    {
        var pick = PickSentence(Wordy);
        if (pick is not { } p)
        {
            return null;
        }

        var sentence = p.Paragraph[p.Index];
        p.Paragraph.RemoveAt(p.Index);
        _used.Add(sentence);
        return new ExpectedEdit(EditKind.Delete, sentence, null, p.Node.OldPath);
    }

    private ExpectedEdit? Insert()
    {
        if (_foreignSentences.Count == 0)
        {
            return null;
        }

        var targets = _root.DescendantsAndSelf().Where(n => n != _root && n.Paragraphs.Count > 0).ToList();
        var target = targets[_random.Next(targets.Count)];
        var sentence = _foreignSentences.Dequeue();
        var paragraph = target.Paragraphs[_random.Next(target.Paragraphs.Count)];
        paragraph.Insert(_random.Next(paragraph.Count + 1), sentence);
        _used.Add(sentence);
        return new ExpectedEdit(EditKind.Insert, null, sentence, target.OldPath);
    }

    private ExpectedEdit? Split()
    {
        var pick = PickSentence(s => SplitPoint(s) > 0);
        if (pick is not { } p)
        {
            return null;
        }

        var sentence = p.Paragraph[p.Index];
        var at = SplitPoint(sentence);
        var first = sentence[..at] + ".";
        var rest = sentence[(at + ", and ".Length)..];
        var second = char.ToUpperInvariant(rest[0]) + rest[1..];
        p.Paragraph[p.Index] = first;
        p.Paragraph.Insert(p.Index + 1, second);
        _used.Add(sentence);
        _used.Add(first);
        _used.Add(second);
        return new ExpectedEdit(EditKind.Split, sentence, first + " " + second, p.Node.OldPath);
    }

    /// <summary>Where ", and " joins two clauses of at least six words each, or 0.</summary>
    private static int SplitPoint(string sentence)
    {
        var at = sentence.IndexOf(", and ", StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var before = sentence[..at].Split(' ').Length;
        var after = sentence[(at + 6)..].Split(' ').Length;
        return before >= 6 && after >= 6 ? at : 0;
    }

    private ExpectedEdit? Rename()
    {
        var candidates = _root.DescendantsAndSelf()
            .Where(n => !n.Touched && n.Level is SectionLevel.Subheading or SectionLevel.RunIn && n.SentenceCount >= 3)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var node = candidates[_random.Next(candidates.Count)];
        node.Touched = true;
        var word = Replacements[_random.Next(Replacements.Length)];
        node.Title = "Zephyr " + char.ToUpperInvariant(word[0]) + word[1..] + " Matters";
        node.Key = TestTrees.Key(node.Title);
        return new ExpectedEdit(EditKind.RenameSection, null, null, node.OldPath);
    }

    private ExpectedEdit? MoveSubsection()
    {
        var candidates = _root.DescendantsAndSelf()
            .Where(n => !n.Touched && n.Level == SectionLevel.Subheading && n.SentenceCount >= 3 && n.Parent is not null)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var node = candidates[_random.Next(candidates.Count)];
        var parents = _root.DescendantsAndSelf()
            .Where(t => t.Level is SectionLevel.Section or SectionLevel.Subsection && t != node.Parent && !node.IsAncestorOf(t) && t != node
                && t.Children.All(c => c.Key != node.Key))
            .ToList();
        if (parents.Count == 0)
        {
            return null;
        }

        var target = parents[_random.Next(parents.Count)];
        node.Touched = true;
        node.Parent!.Children.Remove(node);
        target.Children.Add(node);
        node.Parent = target;
        node.Repath(target.Path);
        return new ExpectedEdit(EditKind.MoveSubsection, null, null, node.OldPath);
    }
}
