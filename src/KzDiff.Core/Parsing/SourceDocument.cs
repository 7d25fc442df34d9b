namespace KzDiff.Core.Parsing;

/// <summary>A format reader's output: the flat blocks of the report body and what the source says about itself.</summary>
/// <param name="Blocks">Headings and paragraphs in document order.</param>
/// <param name="PageHints">Metadata the source states explicitly (HTML title, h1, canonical URL).</param>
/// <param name="TitleLineHints">Metadata read off the text's first line ("KAZAKHSTAN 2019 HUMAN RIGHTS REPORT"), the last resort.</param>
internal sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks, EditionHints PageHints, EditionHints TitleLineHints);
