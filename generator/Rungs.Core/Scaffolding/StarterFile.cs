namespace Rungs.Scaffolding;

/// <summary>One file of a starter site: its path inside the new site's folder ('/'-separated) and its text.</summary>
public sealed record StarterFile(string Path, string Text);
