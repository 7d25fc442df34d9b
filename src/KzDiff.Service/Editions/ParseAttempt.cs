using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;

namespace KzDiff.Service.Editions;

/// <summary>An edition read from bytes (with what was read, to build its tree again with other template headings), or why it could not be.</summary>
internal sealed record ParseAttempt(Edition? Edition, ParsedSource? Source, ImportFailure Failure, string? Error)
{
    public static ParseAttempt Failed(ImportFailure failure, string error) => new(null, null, failure, error);
}
