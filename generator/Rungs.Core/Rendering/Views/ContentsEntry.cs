namespace Rungs.Rendering.Views;

/// <summary>One line of a page's "On this page" list: a section heading's id and its text.</summary>
public sealed record ContentsEntry(string Id, string Title);
