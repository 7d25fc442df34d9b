namespace KzDiff.Service.Review;

/// <summary>One page of the review queue, most significant first, and how many flags match in all.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, int Count, int Page, int PageSize)
{
    public int Pages => Count == 0 ? 1 : (Count + PageSize - 1) / PageSize;
}
