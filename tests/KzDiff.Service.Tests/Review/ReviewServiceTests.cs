using KzDiff.Service.Comparisons;
using KzDiff.Service.Configuration;
using KzDiff.Service.Editions;
using KzDiff.Service.Review;
using KzDiff.Service.Storage;
using KzDiff.Service.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KzDiff.Service.Tests.Review;

/// <summary>The review queue and its decisions on both stores: indexing, filters, optimistic concurrency, decisions that outlive a recomputation.</summary>
[TestFixture(StorageMode.Embedded)]
[TestFixture(StorageMode.PostgreSql, Category = "PostgreSql")]
public sealed class ReviewServiceTests(StorageMode mode) : StoreTests
{
    private ReviewService Review => Store.Get<ReviewService>();

    [SetUp]
    public async Task SetUp()
    {
        Store = await TestStore.CreateAsync(mode);
        foreach (var file in new[] { "ruritania-2022.txt", "ruritania-2023.txt" })
        {
            var result = await Store.Get<EditionImporter>().ImportAsync(TestData.Bytes(file), file);
            Assert.That(result.Outcome, Is.EqualTo(ImportOutcome.Imported), result.Error);
        }
    }

    [Test]
    public async Task ListAsync_ListsEveryFlagOfTheStoredComparison_MostSignificantFirst()
    {
        var comparison = await CompareAsync();
        var expected = Core.Review.ComparisonFlags.Of((await Store.Get<ComparisonService>().GetResultAsync(comparison))!);

        var page = await Review.ListAsync(new ReviewQuery(PageSize: 200));

        Assert.That(expected, Is.Not.Empty, "the sample pair has flagged changes");
        Assert.That(page.Items.Select(i => i.Id), Is.EquivalentTo(expected.Select(f => f.Id)));
        Assert.That(page.Count, Is.EqualTo(expected.Count));
        Assert.That(page.Items.Select(i => i.Score), Is.Ordered.Descending);
        var torture = page.Items.Single(i => i.Kind == "number" && i.New!.Contains("95 complaints", StringComparison.Ordinal));
        Assert.That((torture.State, torture.Version, torture.FromYear, torture.ToYear, torture.ComparisonId), Is.EqualTo((ReviewStates.Open, 0, 2022, 2023, comparison)));
        Assert.That(torture.Words.Any(w => w.Operation == Core.Comparison.WordOperation.Insert && w.Text.Contains("95", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task ListAsync_IndexesComparisonsStoredBeforeTheQueue_OnceEach()
    {
        var comparison = await CompareAsync();
        // As a store upgraded from a build without the queue: a succeeded comparison, nothing indexed.
        await Store.QueryAsync(db => db.ReviewFlags.ExecuteDeleteAsync());
        await Store.QueryAsync(db => db.Comparisons.ExecuteUpdateAsync(s => s.SetProperty(c => c.FlagsIndexedAt, (DateTime?)null)));

        var page = await Review.ListAsync(new ReviewQuery());

        Assert.That(page.Count, Is.GreaterThan(0));
        Assert.That(await Store.QueryAsync(db => db.Comparisons.Where(c => c.Id == comparison).Select(c => c.FlagsIndexedAt).SingleAsync()), Is.Not.Null);
    }

    [Test]
    public async Task ReviewFlags_StoreLongAnchors_WhenSectionSlugsRunLong()
    {
        await CompareAsync();
        // Anchors carry the section path; state.gov sub-heading slugs reach 80 characters and more
        // ("3.e/extraterritorial-killing-kidnapping-or-violence-or-threats-of-violence"), which a
        // 64-character column on PostgreSQL refused, leaving those comparisons out of the queue.
        var anchor = "sec-3.e/extraterritorial-killing-kidnapping-or-violence-or-threats-of-violence-" + new string('s', 200);
        var flagId = await Store.QueryAsync(db => db.ReviewFlags.Select(f => f.Id).FirstAsync());
        await Store.QueryAsync(db => db.ReviewFlags.Where(f => f.Id == flagId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Anchor, anchor)));

        var stored = await Store.QueryAsync(db => db.ReviewFlags.Where(f => f.Id == flagId).Select(f => f.Anchor).SingleAsync());

        Assert.That(stored, Is.EqualTo(anchor));
    }

    [Test]
    public async Task ListAsync_AppliesEveryFilter()
    {
        await CompareAsync();
        var all = await Review.ListAsync(new ReviewQuery(PageSize: 200));
        var top = all.Items[0];
        await Review.DecideAsync(top.Id, ReviewStates.Confirmed, "checked", 0, "rita");

        Assert.That((await Review.ListAsync(new ReviewQuery(Kind: "number", PageSize: 200))).Items.Select(i => i.Kind), Is.Not.Empty.And.All.EqualTo("number"));
        Assert.That((await Review.ListAsync(new ReviewQuery(Country: "Ruritania"))).Count, Is.EqualTo(all.Count));
        Assert.That((await Review.ListAsync(new ReviewQuery(Country: "freedonia"))).Count, Is.Zero);
        Assert.That((await Review.ListAsync(new ReviewQuery(From: 2022, To: 2023))).Count, Is.EqualTo(all.Count));
        Assert.That((await Review.ListAsync(new ReviewQuery(From: 2023))).Count, Is.Zero);
        Assert.That((await Review.ListAsync(new ReviewQuery(MinScore: top.Score, PageSize: 200))).Items.Select(i => i.Score), Is.All.GreaterThanOrEqualTo(top.Score));
        Assert.That((await Review.ListAsync(new ReviewQuery(State: ReviewStates.Confirmed))).Items.Select(i => i.Id), Is.EqualTo(new[] { top.Id }));
        Assert.That((await Review.ListAsync(new ReviewQuery(State: ReviewStates.Open))).Count, Is.EqualTo(all.Count - 1));
        var section = (await Review.ListAsync(new ReviewQuery(Section: "1.c", PageSize: 200))).Items;
        Assert.That(section.Select(i => i.Section.Path), Is.Not.Empty.And.All.StartsWith("1.c"));
        var paged = await Review.ListAsync(new ReviewQuery(Page: 2, PageSize: 1));
        Assert.That((paged.Items.Single().Id, paged.Count), Is.EqualTo((all.Items[1].Id, all.Count)));
    }

    [Test]
    public async Task DecideAsync_AppendsVersions_AndKeepsEveryEarlierDecision()
    {
        await CompareAsync();
        var flag = (await Review.ListAsync(new ReviewQuery())).Items[0];

        var first = await Review.DecideAsync(flag.Id, "confirmed", "matches the PDF", 0, "rita");
        var second = await Review.DecideAsync(flag.Id, "needs-second-review", "not so sure", 1, "sam");

        Assert.That((first.Outcome, first.Current!.Version), Is.EqualTo((DecisionOutcome.Decided, 1)));
        Assert.That((second.Outcome, second.Current!.Version), Is.EqualTo((DecisionOutcome.Decided, 2)));
        var history = await Review.HistoryAsync(flag.Id);
        Assert.That(history!.Select(d => (d.Version, d.State, d.Note, d.DecidedBy)), Is.EqualTo(new[]
        {
            (1, "confirmed", "matches the PDF", "rita"),
            (2, "needs-second-review", "not so sure", "sam"),
        }));
        var now = await Review.GetAsync(flag.Id);
        Assert.That((now!.State, now.Version), Is.EqualTo((ReviewStates.NeedsSecondReview, 2)));
    }

    [Test]
    public async Task DecideAsync_StoresOneDecision_WhenReviewersDecideTheSameVersionAtOnce()
    {
        await CompareAsync();
        var flag = (await Review.ListAsync(new ReviewQuery())).Items[0];

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(n =>
            Task.Run(() => Review.DecideAsync(flag.Id, n % 2 == 0 ? "confirmed" : "dismissed", $"reviewer {n}", 0, $"reviewer-{n}"))));

        var winners = results.Where(r => r.Outcome == DecisionOutcome.Decided).ToList();
        Assert.That(winners, Has.Count.EqualTo(1));
        Assert.That(results.Where(r => r.Outcome != DecisionOutcome.Decided).Select(r => r.Outcome), Is.All.EqualTo(DecisionOutcome.Conflict));
        Assert.That(results.Where(r => r.Outcome == DecisionOutcome.Conflict).Select(r => r.Current?.DecidedBy), Is.All.EqualTo(winners[0].Current!.DecidedBy), "every loser is shown the winning decision");
        Assert.That(await Store.QueryAsync(db => db.ReviewDecisions.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task DecideAsync_RefusesStaleVersion_WithTheCurrentDecision()
    {
        await CompareAsync();
        var flag = (await Review.ListAsync(new ReviewQuery())).Items[0];
        await Review.DecideAsync(flag.Id, "dismissed", "routine", 0, "rita");

        var stale = await Review.DecideAsync(flag.Id, "confirmed", "important", 0, "sam");

        Assert.That(stale.Outcome, Is.EqualTo(DecisionOutcome.Conflict));
        Assert.That((stale.Current!.State, stale.Current.DecidedBy, stale.Current.Version), Is.EqualTo(("dismissed", "rita", 1)));
    }

    [Test]
    public async Task DecideAsync_RefusesBadInput_WithoutStoringAnything()
    {
        await CompareAsync();
        var flag = (await Review.ListAsync(new ReviewQuery())).Items[0];

        Assert.That((await Review.DecideAsync(flag.Id, "approved", "", 0, "rita")).Field, Is.EqualTo("state"));
        Assert.That((await Review.DecideAsync(flag.Id, "confirmed", new string('x', ReviewLimits.MaxNoteLength + 1), 0, "rita")).Field, Is.EqualTo("note"));
        Assert.That((await Review.DecideAsync(flag.Id, "confirmed", "", -1, "rita")).Field, Is.EqualTo("expectedVersion"));
        Assert.That((await Review.DecideAsync("0123456789abcdef0123", "confirmed", "", 0, "rita")).Outcome, Is.EqualTo(DecisionOutcome.UnknownFlag));
        Assert.That((await Review.DecideAsync("../../etc", "confirmed", "", 0, "rita")).Outcome, Is.EqualTo(DecisionOutcome.UnknownFlag));
        Assert.That(await Store.QueryAsync(db => db.ReviewDecisions.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task Decision_SurvivesRecomputation_WithAnotherEngineVersion()
    {
        var first = await CompareAsync();
        var flag = (await Review.ListAsync(new ReviewQuery(Kind: "number"))).Items.First(i => i.New!.Contains("95 complaints", StringComparison.Ordinal));
        await Review.DecideAsync(flag.Id, "confirmed", "the Ombudsman's report says 95", 0, "rita");

        // Other watched terms are another stored comparison under another engine version key, computed afresh.
        var again = await CompareAsync(["ombudsman", "prison"]);

        Assert.That(again, Is.Not.EqualTo(first));
        var after = await Review.GetAsync(flag.Id);
        Assert.That((after!.State, after.Version, after.ComparisonId), Is.EqualTo((ReviewStates.Confirmed, 1, again)));
        Assert.That((await Review.ListAsync(new ReviewQuery(PageSize: 200))).Items.Count(i => i.Id == flag.Id), Is.EqualTo(1), "one flag, however many comparisons found it");
    }

    [Test]
    public async Task Evidence_HoldsConfirmedFlagsOnly_WithQuotesSectionsAndNotes()
    {
        var comparison = await CompareAsync();
        var flags = (await Review.ListAsync(new ReviewQuery(PageSize: 200))).Items;
        var confirmed = flags.First(i => i.Kind == "number" && i.New!.Contains("95 complaints", StringComparison.Ordinal));
        var dismissed = flags.First(i => i.Id != confirmed.Id);
        await Review.DecideAsync(confirmed.Id, "needs-second-review", "check the annex", 0, "sam");
        await Review.DecideAsync(confirmed.Id, "confirmed", "annex agrees: 95", 1, "rita");
        await Review.DecideAsync(dismissed.Id, "dismissed", "", 0, "rita");

        var packet = await Store.Get<EvidenceService>().ForComparisonAsync(comparison);

        var item = packet!.Items.Single();
        Assert.That(item.FlagId, Is.EqualTo(confirmed.Id));
        Assert.That(item.OldQuote, Does.Contain("120 complaints"));
        Assert.That(item.NewQuote, Does.Contain("95 complaints"));
        Assert.That((item.NewSection!.Path, item.ConfirmedBy), Is.EqualTo((confirmed.Section.Path, "rita")));
        Assert.That(item.Notes.Select(n => n.Note), Is.EqualTo(new[] { "check the annex", "annex agrees: 95" }));
        Assert.That(packet.New.Address, Is.EqualTo("https://www.state.gov/reports/2023-country-reports-on-human-rights-practices/ruritania/"));
        Assert.That(packet.New.AddressFromPage, Is.False, "a text file names no address; it is built by state.gov's pattern");
        var markdown = EvidenceWriter.Markdown(packet);
        Assert.That(markdown, Does.Contain("120 complaints").And.Contain("95 complaints").And.Contain("annex agrees: 95").And.Contain("rita"));
        var csv = EvidenceWriter.Csv(packet).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(csv, Has.Length.EqualTo(2));
        Assert.That(csv[1], Does.StartWith($"\"{confirmed.Id}\",\"number\""));
    }

    private async Task<Guid> CompareAsync(IReadOnlyList<string>? terms = null)
    {
        var id = (await Store.Get<ComparisonService>().RequestAsync("ruritania", 2022, 2023, terms)).Comparison!.Id;
        await Store.Get<ComparisonJob>().RunAsync(id, CancellationToken.None);
        Assert.That((await Store.Get<ComparisonService>().GetAsync(id))!.Status, Is.EqualTo(ComparisonState.Succeeded));
        return id;
    }
}
