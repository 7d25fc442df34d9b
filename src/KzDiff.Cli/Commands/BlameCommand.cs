using System.CommandLine;
using System.Globalization;
using KzDiff.Cli.Store;
using KzDiff.Service.Editions;
using KzDiff.Service.Lineage;

namespace KzDiff.Cli.Commands;

/// <summary><c>kzdiff blame &lt;country&gt; &lt;year&gt;</c>: since when each sentence of a stored edition stands.</summary>
internal static class BlameCommand
{
    public static Command Create()
    {
        var country = new Argument<string>("country") { Description = "A stored country (key or name: kazakhstan, \"Kyrgyz Republic\")" };
        var year = new Argument<int>("year") { Description = "The year the report covers" };
        var section = new Option<string?>("--section", "-s") { Description = "Only this section and the sections below it (a path such as 1.c)" };
        var format = new Option<string>("--format", "-f") { Description = "Output: one line per sentence, or the JSON of GET /api/lineage", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("blame", "Show, for every sentence of a stored edition, the year it first appeared, since when its wording stands and the years it was reworded")
        {
            country, year, section, format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(country)!,
            parseResult.GetValue(year),
            parseResult.GetValue(section),
            parseResult.GetValue(format) ?? "text",
            Console.Out,
            Console.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string country, int year, string? section, string format, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = await CliStore.OpenAsync(cancellationToken);
            var edition = await store.Get<EditionCatalog>().FindEditionAsync(country, year, cancellationToken: cancellationToken);
            if (edition is null)
            {
                await stderr.WriteLineAsync($"kzdiff blame: no edition of '{country}' for {year} is stored (kzdiff import it first)");
                return 1;
            }

            var document = await store.Get<SentenceLineageService>().GetOrComputeAsync(edition.Id, cancellationToken);
            var items = document.Items
                .Where(i => section is null
                    || i.Section.Equals(section, StringComparison.OrdinalIgnoreCase)
                    || i.Section.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase))
                .ToArray();
            if (section is not null && items.Length == 0)
            {
                await stderr.WriteLineAsync($"kzdiff blame: the {edition.Year} edition of {edition.CountryName} has no sentence in a section '{section}'");
                return 1;
            }

            if (format == "json")
            {
                await stdout.WriteLineAsync(SentenceLineageJson.Write(document with { Items = items }));
                return 0;
            }

            string? current = null;
            foreach (var item in items)
            {
                if (item.Section != current)
                {
                    current = item.Section;
                    await stdout.WriteLineAsync(current.Length == 0 ? "== (report title)" : "== " + current);
                }

                var reworded = item.RewordedIn.Count == 0 ? "-" : string.Join(',', item.RewordedIn.Select(y => y.ToString(CultureInfo.InvariantCulture)));
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"since {item.FirstSeen} as is {item.UnchangedSince} reworded {reworded,-14} {item.Sentence}"));
            }

            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or System.Data.Common.DbException or IOException)
        {
            await stderr.WriteLineAsync("kzdiff blame: " + e.Message);
            return 2;
        }
    }
}
