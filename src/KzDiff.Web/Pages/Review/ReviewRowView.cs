using System.Collections.Immutable;
using KzDiff.Core.Comparison;
using KzDiff.Service.Review;
using KzDiff.Web.Pages.Compare;

namespace KzDiff.Web.Pages.Review;

/// <summary>One flag of the queue as the page shows it: the item, its sentence pair as marked pieces (the compare page's rendering) and its history.</summary>
public sealed record ReviewRowView(ReviewItem Item, ImmutableArray<TextPiece> Old, ImmutableArray<TextPiece> New, IReadOnlyList<ReviewDecision> History)
{
    public static ReviewRowView From(ReviewItem item, IReadOnlyList<ReviewDecision> history)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.RowStatus == "section" || !Enum.TryParse<SentenceStatus>(item.RowStatus, ignoreCase: true, out var status))
        {
            return new ReviewRowView(item, [], [], history);
        }

        var (old, @new) = SentencePieces.For(new SentenceChange(status, ChangeKind.Substantive, item.Old, item.New, null, null, item.Words), query: null);
        return new ReviewRowView(item, old, @new, history);
    }

    /// <summary>"st-modified", as the compare page marks a row of that status.</summary>
    public string StatusClass => "st-" + Item.RowStatus;
}
