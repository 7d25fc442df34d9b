namespace KzDiff.Service.Editions;

/// <summary>
/// Where the time of a many-file import went: wall and CPU time (the process's, every core) of each
/// phase, summed over its rounds. A group's write overlaps the parse and lineage of the next group,
/// so the walls add up to more than the import's, and the CPU of each of these includes the other's.
/// </summary>
/// <param name="Scan">Reading and parsing every file once: country, year, hash and headings.</param>
/// <param name="Learn">Learning each year's template headings.</param>
/// <param name="Parse">Building the new editions' trees again with their year's headings from the text read, and serialising them.</param>
/// <param name="Lineage">Loading stored neighbours and assigning section lineage along each country's years.</param>
/// <param name="Write">The transactions that store the editions, their sections and the import log.</param>
public sealed record ImportPhases(ImportPhase Scan, ImportPhase Learn, ImportPhase Parse, ImportPhase Lineage, ImportPhase Write);
