using System.Collections.Immutable;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing.Text;

namespace KzDiff.Core.Parsing;

/// <summary>
/// Turns the flat blocks of any format into the section tree: Document → Executive Summary and
/// "Section N." sections → lettered subsections → sub-headings (nested by HTML rank where the
/// source has one) → run-in headings → paragraphs. Titles are kept as printed, except that a
/// section's title drops its "Section N." label (kept in <see cref="SectionNode.Number"/>); a
/// subsection's title keeps its printed letter ("a. Disappearance"), its number is the letter.
/// </summary>
internal sealed class SectionTreeBuilder
{
    private readonly Draft root;
    private readonly ParseBudget budget;
    private readonly List<Draft> subheadings = [];
    private Draft? top;
    private Draft? subsection;
    private Draft? runIn;
    private string? pendingSectionNumber;
    private readonly TemplateHeadings templateHeadings;

    // Where every paragraph's sentences are gathered before they are copied out at their count.
    private readonly ImmutableArray<string>.Builder sentences = ImmutableArray.CreateBuilder<string>();

    private SectionTreeBuilder(string documentTitle, ParseBudget budget, TemplateHeadings templateHeadings)
    {
        root = new Draft(documentTitle, SectionLevel.Document, null, 0);
        this.budget = budget;
        this.templateHeadings = templateHeadings;
    }

    /// <exception cref="EditionParseException">The blocks hold more headings or make more sections than <paramref name="budget"/> allows (the default limits when null).</exception>
    public static SectionNode Build(string documentTitle, IEnumerable<SourceBlock> blocks, ParseBudget? budget = null, TemplateHeadings? templateHeadings = null)
    {
        var builder = new SectionTreeBuilder(documentTitle, budget ?? new ParseBudget(EditionParserOptions.Default), templateHeadings ?? TemplateHeadings.BuiltIn);
        foreach (var block in blocks)
        {
            builder.Add(block);
        }

        return Freeze(builder.root);
    }

    private void Add(SourceBlock block)
    {
        if (block.Kind == SourceBlockKind.Heading)
        {
            AddHeading(block);
            return;
        }

        if (pendingSectionNumber is not null)
        {
            OpenSection(pendingSectionNumber, $"Section {pendingSectionNumber}");
        }

        // A template heading printed as a plain paragraph: a sibling of the sub-heading it follows.
        if (block.LeadingEmphasis is null && templateHeadings.IsHeading(block.Text))
        {
            AddHeading(block with
            {
                Kind = SourceBlockKind.Heading,
                Text = block.Text.Trim().TrimEnd(':').Trim(),
                LevelHint = subheadings.Count > 0 ? subheadings[0].LevelHint : block.LevelHint,
            });
            return;
        }

        if (HeadingRules.TryParseRunIn(block, out var title, out var rest))
        {
            runIn = NewSection(title, SectionLevel.RunIn, null, 0);
            Container().Children.Add(runIn);
            runIn.AddParagraph(rest, sentences);
            return;
        }

        (runIn ?? Container()).AddParagraph(block.Text, sentences);
    }

    private void AddHeading(SourceBlock block)
    {
        budget.CountHeading();
        var text = block.Text;
        if (HeadingRules.TryParseSection(text, out var number, out var sectionTitle))
        {
            if (sectionTitle.Length == 0)
            {
                pendingSectionNumber = number;
            }
            else
            {
                OpenSection(number, sectionTitle);
            }

            return;
        }

        if (pendingSectionNumber is not null)
        {
            OpenSection(pendingSectionNumber, text);
            return;
        }

        if (HeadingRules.IsExecutiveSummary(text))
        {
            CloseAll();
            top = NewSection(text, SectionLevel.Summary, null, block.LevelHint);
            root.Children.Add(top);
            return;
        }

        runIn = null;
        if (top is { Level: SectionLevel.Section } && HeadingRules.TryParseSubsection(text, out var letter))
        {
            subheadings.Clear();
            subsection = NewSection(text, SectionLevel.Subsection, letter, block.LevelHint);
            top.Children.Add(subsection);
            return;
        }

        // A deeper-ranked heading nests under the previous sub-heading (2024's h5 under h4);
        // text formats carry no rank, so their sub-headings stay siblings.
        while (subheadings.Count > 0 && subheadings[^1].LevelHint >= block.LevelHint)
        {
            subheadings.RemoveAt(subheadings.Count - 1);
        }

        var parent = subheadings.Count > 0 ? subheadings[^1] : subsection ?? top ?? root;
        var subheading = NewSection(text, SectionLevel.Subheading, null, block.LevelHint);
        parent.Children.Add(subheading);
        subheadings.Add(subheading);
    }

    private void OpenSection(string number, string title)
    {
        CloseAll();
        top = NewSection(title, SectionLevel.Section, number, 0);
        root.Children.Add(top);
    }

    private void CloseAll()
    {
        pendingSectionNumber = null;
        top = null;
        subsection = null;
        runIn = null;
        subheadings.Clear();
    }

    private Draft NewSection(string title, SectionLevel level, string? number, int levelHint)
    {
        budget.CountSection();
        return new Draft(title, level, number, levelHint);
    }

    private Draft Container() => subheadings.Count > 0 ? subheadings[^1] : subsection ?? top ?? root;

    private static SectionNode Freeze(Draft root)
    {
        return Freeze(root, parentPath: null, parentLevel: null, new PathRegistry());
    }

    private static SectionNode Freeze(Draft draft, string? parentPath, SectionLevel? parentLevel, PathRegistry used)
    {
        var key = draft.Level == SectionLevel.Document ? "document" : SectionKeys.FromTitle(draft.Title);
        var path = draft.Level == SectionLevel.Document ? string.Empty : Unique(PathOf(draft, key, parentPath, parentLevel), used);
        var children = ImmutableArray.CreateBuilder<SectionNode>(draft.Children.Count);
        foreach (var child in draft.Children)
        {
            children.Add(Freeze(child, path, draft.Level, used));
        }

        return new SectionNode(
            draft.Title,
            key,
            path,
            draft.Level,
            draft.Number,
            draft.Paragraphs.ToImmutable(),
            children.MoveToImmutable());
    }

    private static string PathOf(Draft draft, string key, string? parentPath, SectionLevel? parentLevel)
    {
        var own = draft.Level switch
        {
            SectionLevel.Summary => "summary",
            SectionLevel.Section => draft.Number ?? key,
            _ => key,
        };

        if (string.IsNullOrEmpty(parentPath))
        {
            return own;
        }

        return draft.Level == SectionLevel.Subsection && parentLevel == SectionLevel.Section
            ? $"{parentPath}.{draft.Number}"
            : $"{parentPath}/{own}";
    }

    // Suffixes continue from the last one handed out per path, so thousands of identical headings
    // in a hostile input cost linear, not quadratic, time.
    private static string Unique(string path, PathRegistry used)
    {
        if (used.Taken.Add(path))
        {
            return path;
        }

        for (var n = used.NextSuffix.GetValueOrDefault(path, 2); ; n++)
        {
            var candidate = $"{path}-{n}";
            if (used.Taken.Add(candidate))
            {
                used.NextSuffix[path] = n + 1;
                return candidate;
            }
        }
    }

    private sealed class PathRegistry
    {
        public HashSet<string> Taken { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> NextSuffix { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Draft(string title, SectionLevel level, string? number, int levelHint)
    {
        public string Title { get; } = title;

        public SectionLevel Level { get; } = level;

        public string? Number { get; } = number;

        public int LevelHint { get; } = levelHint;

        public ImmutableArray<Paragraph>.Builder Paragraphs { get; } = ImmutableArray.CreateBuilder<Paragraph>();

        public List<Draft> Children { get; } = [];

        public void AddParagraph(ReadOnlySpan<char> text, ImmutableArray<string>.Builder scratch)
        {
            var sentences = SentenceSplitter.Split(text, scratch);
            if (sentences.Length > 0)
            {
                Paragraphs.Add(new Paragraph(sentences));
            }
        }
    }
}
