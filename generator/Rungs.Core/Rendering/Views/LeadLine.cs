using Rungs.Content;

namespace Rungs.Rendering.Views;

/// <summary>
/// The one-line summary a page shows under its title, unless the page's first section begins with those very words
/// (a competency's Definition, a job model's Description, a series' Summary): the page would otherwise say them twice.
/// </summary>
public static class LeadLine
{
    public static string? Unrepeated(string? summary, IReadOnlyList<SpecSection> sections) =>
        summary is not null && !Normalized(sections.Count > 0 ? sections[0].Text : "").StartsWith(Normalized(summary), StringComparison.OrdinalIgnoreCase)
            ? summary
            : null;

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
