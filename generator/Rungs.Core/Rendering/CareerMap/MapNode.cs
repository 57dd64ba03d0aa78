namespace Rungs.Rendering.CareerMap;

/// <summary>A class on the map. Id is unique across the map (the class slug). Url is site-root-relative (e.g. "series/cs/cs-assistant/index.html"). Grade, when given, places the box on the map's grade axis.</summary>
public sealed record MapNode(string Id, string Title, string? Code, int Level, string Url, string? Grade = null);
