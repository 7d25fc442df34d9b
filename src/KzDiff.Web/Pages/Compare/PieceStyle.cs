namespace KzDiff.Web.Pages.Compare;

/// <summary>How a run of sentence text is marked on the page.</summary>
public enum PieceStyle
{
    Plain,
    Inserted,
    Deleted,
}
