namespace KzDiff.Core.Editions;

/// <summary>Where a node sits in the outline of a report.</summary>
public enum SectionLevel
{
    /// <summary>The whole edition; its own sentences are any text before the first heading.</summary>
    Document,

    /// <summary>The Executive Summary.</summary>
    Summary,

    /// <summary>"Section N." with its title.</summary>
    Section,

    /// <summary>A lettered subsection ("a. Arbitrary Deprivation of Life ...").</summary>
    Subsection,

    /// <summary>An unlettered sub-heading ("Prison and Detention Center Conditions").</summary>
    Subheading,

    /// <summary>A run-in heading that opens a paragraph ("Physical Conditions: ...").</summary>
    RunIn,
}
