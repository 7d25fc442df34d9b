namespace KzDiff.Web.Pages.Compare;

/// <summary>A run of report text with its marking; <paramref name="Match"/> when it is a hit of the text search.</summary>
public sealed record TextPiece(string Text, PieceStyle Style, bool Match);
