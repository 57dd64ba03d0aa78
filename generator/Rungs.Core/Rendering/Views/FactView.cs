namespace Rungs.Rendering.Views;

/// <summary>One labelled fact of a spec (Grade: 15), optionally linked; `Id` lets templates and tests find it.</summary>
public sealed record FactView(string Id, string Label, string Value, string? Url = null, string? DateTime = null);
