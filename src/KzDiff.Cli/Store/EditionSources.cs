using KzDiff.Cli.Commands;
using KzDiff.Core.Editions;
using KzDiff.Core.Parsing;
using KzDiff.Service.Editions;

namespace KzDiff.Cli.Store;

/// <summary>
/// Resolves a <c>kzdiff compare</c> argument: an existing file is read as a file; otherwise
/// <c>country:year</c> (or <c>country:year@revision</c>) names an edition in the store.
/// </summary>
internal static class EditionSources
{
    public static Edition Load(string argument)
    {
        if (File.Exists(argument) || !StoredEditionReference.TryParse(argument, out var reference))
        {
            return LoadFile(argument, format: null);
        }

        return LoadStoredAsync(reference).GetAwaiter().GetResult();
    }

    /// <summary>An edition file in any format, PDF included (its layout measured by the service's reader).</summary>
    /// <exception cref="CommandLineException">The file is missing, unreadable, too large or not an edition.</exception>
    public static Edition LoadFile(string path, EditionFormat? format) =>
        EditionFiles.Load(path, format, (content, sourceName, forced) => EditionReader.Read(content, sourceName, forced));

    private static async Task<Edition> LoadStoredAsync(StoredEditionReference reference)
    {
        try
        {
            await using var store = await CliStore.OpenAsync();
            var catalog = store.Get<EditionCatalog>();
            var summary = await catalog.FindEditionAsync(reference.Country, reference.Year, reference.Revision)
                ?? throw new CommandLineException(await NotStoredMessageAsync(catalog, reference));
            return await catalog.LoadEditionAsync(summary.Id)
                ?? throw new CommandLineException($"{reference}: the stored edition has no section tree");
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or InvalidDataException)
        {
            throw new CommandLineException($"{reference}: cannot read the edition store: {e.Message}", e);
        }
    }

    private static async Task<string> NotStoredMessageAsync(EditionCatalog catalog, StoredEditionReference reference)
    {
        var key = CountryKeys.Normalize(reference.Country);
        var country = (await catalog.ListCountriesAsync()).FirstOrDefault(c => c.Country == key);
        return country is null
            ? $"{reference}: no such file, and no edition of '{key}' is stored (import one with `kzdiff import`)"
            : $"{reference}: no such file, and '{key}' is stored only for {string.Join(", ", country.Years)}"
                + (reference.Revision is null ? string.Empty : " (or not in that revision)");
    }
}
