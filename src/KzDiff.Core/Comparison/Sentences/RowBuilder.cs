using System.Collections.Immutable;
using System.Globalization;
using KzDiff.Core.Comparison.Alignment;
using KzDiff.Core.Comparison.Noise;
using KzDiff.Core.Comparison.Words;

namespace KzDiff.Core.Comparison.Sentences;

/// <summary>
/// Turns sentence links into the rows of each section pair, in reading order: rows linked inside
/// the pair in their shared order, removed or moved-out old sentences after the row before them,
/// added or moved-in new sentences where they stand in the new text. Each move gets an id, the same
/// on both its rows; a move whose two rows end up side by side is no move to a reader and becomes
/// one ordinary row.
/// </summary>
internal sealed class RowBuilder
{
    private readonly EditionProfile _old;
    private readonly EditionProfile _new;
    private readonly SentenceLinks _oldLinks;
    private readonly SentenceLinks _newLinks;

    /// <summary>The move id of each old sentence that moved, numbered in old document order; null for the others.</summary>
    private readonly string?[] _moveIds;

    public RowBuilder(EditionProfile old, EditionProfile @new, SentenceLinks oldLinks, SentenceLinks newLinks)
    {
        _old = old;
        _new = @new;
        _oldLinks = oldLinks;
        _newLinks = newLinks;
        _moveIds = new string?[oldLinks.Mode.Length];
        var count = 0;
        for (var i = 0; i < _moveIds.Length; i++)
        {
            if (oldLinks.Mode[i] == LinkMode.Moved && !oldLinks.Second[i])
            {
                _moveIds[i] = string.Create(CultureInfo.InvariantCulture, $"m{++count}");
            }
        }
    }

    public ImmutableArray<SentenceChange> Build(NodePair pair)
    {
        var rows = ImmutableArray.CreateBuilder<SentenceChange>();
        var oldNode = pair.OldNode >= 0 ? _old.Nodes[pair.OldNode] : null;
        var newNode = pair.NewNode >= 0 ? _new.Nodes[pair.NewNode] : null;
        int i = oldNode?.FirstSentence ?? 0, oldEnd = oldNode is null ? 0 : i + oldNode.SentenceCount;
        int j = newNode?.FirstSentence ?? 0, newEnd = newNode is null ? 0 : j + newNode.SentenceCount;
        while (i < oldEnd)
        {
            var partner = _oldLinks.Partner[i];
            var linkedHere = _oldLinks.Mode[i] == LinkMode.InPair && _new.Sentences[partner].Node == pair.NewNode;
            if (linkedHere)
            {
                if (!_oldLinks.Second[i])
                {
                    for (; j < partner; j++)
                    {
                        AddNewOnly(pair, j, rows);
                    }

                    rows.Add(Linked(i, partner));
                    j = partner + 1;
                }
            }
            else if (pair.OldHome && _oldLinks.Mode[i] != LinkMode.InPair && !_oldLinks.Second[i])
            {
                rows.Add(OldOnly(i));
            }

            i++;
        }

        for (; j < newEnd; j++)
        {
            AddNewOnly(pair, j, rows);
        }

        FoldAdjacentMoves(rows);
        return rows.ToImmutable();
    }

    /// <summary>
    /// A sentence whose departure and arrival rows are neighbours stayed where a reader finds it
    /// (another sentence's move made the diff call it moved): one unchanged or modified row instead.
    /// </summary>
    internal static void FoldAdjacentMoves(ImmutableArray<SentenceChange>.Builder rows)
    {
        for (var k = rows.Count - 2; k >= 0; k--)
        {
            var (a, b) = (rows[k], rows[k + 1]);
            if (a.MoveId is null || a.MoveId != b.MoveId)
            {
                continue;
            }

            var departure = a.MovedTo is not null ? a : b;
            rows[k] = departure.Words.IsEmpty
                ? new SentenceChange(SentenceStatus.Unchanged, ChangeKind.None, departure.Old, departure.New, null, null, [])
                : new SentenceChange(SentenceStatus.Modified, departure.Kind, departure.Old, departure.New, null, null, departure.Words);
            rows.RemoveAt(k + 1);
        }
    }

    private void AddNewOnly(NodePair pair, int j, ImmutableArray<SentenceChange>.Builder rows)
    {
        if (pair.NewHome && _newLinks.Mode[j] != LinkMode.InPair && !_newLinks.Second[j])
        {
            rows.Add(NewOnly(j));
        }
    }

    private SentenceChange Linked(int i, int j)
    {
        var oldText = _old.Sentences[i].Text;
        var newText = _new.Sentences[j].Text;
        string? note = null;
        if (_oldLinks.Span[i] == 2)
        {
            newText = newText + " " + _new.Sentences[NextLinked(_newLinks, j + 1, i)].Text;
            note = "split into 2 sentences";
        }
        else if (_newLinks.Span[j] == 2)
        {
            oldText = oldText + " " + _old.Sentences[NextLinked(_oldLinks, i + 1, j)].Text;
            note = "merged from 2 sentences";
        }

        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return new SentenceChange(SentenceStatus.Unchanged, ChangeKind.None, oldText, newText, null, null, [], note);
        }

        var words = WordDiffer.Diff(oldText, newText);
        var kind = ChangeClassifier.Classify(oldText, newText, words);
        return new SentenceChange(SentenceStatus.Modified, kind, oldText, newText, null, null, words, note);
    }

    /// <summary>The second sentence of a split or merge: the next one after <paramref name="from"/> linked back to <paramref name="partner"/>.</summary>
    private static int NextLinked(SentenceLinks links, int from, int partner)
    {
        var s = from;
        while (s < links.Partner.Length && !(links.Second[s] && links.Partner[s] == partner))
        {
            s++;
        }

        return s;
    }

    private SentenceChange OldOnly(int i)
    {
        var oldText = _old.Sentences[i].Text;
        if (_oldLinks.Mode[i] != LinkMode.Moved)
        {
            return new SentenceChange(SentenceStatus.Removed, ChangeKind.Substantive, oldText, null, null, null, []);
        }

        var partner = _oldLinks.Partner[i];
        var (kind, words, newText) = MovedText(oldText, _new.Sentences[partner].Text);
        var to = _new.Nodes[_new.Sentences[partner].Node].Node.Path;
        return new SentenceChange(SentenceStatus.Moved, kind, oldText, newText, null, to, words, MoveId: _moveIds[i]);
    }

    private SentenceChange NewOnly(int j)
    {
        var newText = _new.Sentences[j].Text;
        if (_newLinks.Mode[j] != LinkMode.Moved)
        {
            return new SentenceChange(SentenceStatus.Added, ChangeKind.Substantive, null, newText, null, null, []);
        }

        var partner = _newLinks.Partner[j];
        var (kind, words, _) = MovedText(_old.Sentences[partner].Text, newText);
        var from = _old.Nodes[_old.Sentences[partner].Node].Node.Path;
        return new SentenceChange(SentenceStatus.Moved, kind, _old.Sentences[partner].Text, newText, from, null, words, MoveId: _moveIds[partner]);
    }

    /// <summary>Both rows of a move show the same edits: diffed once.</summary>
    private readonly Dictionary<(string, string), (ChangeKind, ImmutableArray<WordEdit>)> _movedDiffs = [];

    private (ChangeKind Kind, ImmutableArray<WordEdit> Words, string NewText) MovedText(string oldText, string newText)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return (ChangeKind.None, [], newText);
        }

        if (!_movedDiffs.TryGetValue((oldText, newText), out var diff))
        {
            var words = WordDiffer.Diff(oldText, newText);
            diff = (ChangeClassifier.Classify(oldText, newText, words), words);
            _movedDiffs[(oldText, newText)] = diff;
        }

        return (diff.Item1, diff.Item2, newText);
    }
}
