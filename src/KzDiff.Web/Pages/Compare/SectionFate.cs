using System.Collections.Immutable;

namespace KzDiff.Web.Pages.Compare;

/// <summary>
/// What became of a section, said once on its entry: "merged from" with every old part, "removed"
/// with where its text went, "from" the old place of a moved section.
/// </summary>
/// <param name="Verb">"merged from", "split from", "from", or for a removed section "its text went to".</param>
/// <param name="Sections">The sections named after the verb, in the order they are read.</param>
public sealed record SectionFate(string Verb, ImmutableArray<FateSection> Sections)
{
    /// <summary>The whole phrase as plain text, for the outline: "merged from 1.d Pretrial Detention, 2.c Denial of Fair Public Trial".</summary>
    public string Text => Sections.IsEmpty ? Verb : Verb + " " + string.Join(", ", Sections.Select(s => s.Name));
}
