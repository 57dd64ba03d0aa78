namespace Rungs.Rendering.Views;

/// <summary>A link for templates: text, site-root-relative target, and an optional one-line note beside it.</summary>
public sealed record LinkView(string Title, string Url, string? Note = null);
