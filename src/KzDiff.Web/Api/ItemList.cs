namespace KzDiff.Web.Api;

/// <summary>A list response: <c>{"items": [...], "count": n}</c>, an object so that fields can be added later.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items)
{
    public int Count => Items.Count;
}
