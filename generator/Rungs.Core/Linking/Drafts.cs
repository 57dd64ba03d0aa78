using Rungs.Content;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>
/// Drafts (`status: draft` on a class, or on its series) are part of the site only when built with `--drafts`. Without it
/// they are taken out before linking, as if their files were not there, and only their names are kept: a reference to
/// one is then an error saying the class is a draft (RUNGS063), not that it does not exist.
/// </summary>
public static class Drafts
{
    /// <summary>The content without its drafts, and the names of the draft classes left out (null when none were).</summary>
    public static (ParsedContent Published, ClassNames? Left) Split(ParsedContent content)
    {
        if (content.IncludeDrafts || !content.Series.Any(s => s.Status == SpecStatus.Draft) && !content.Classes.Any(c => c.Status == SpecStatus.Draft))
            return (content, null);
        var draftSeries = content.Series.Where(s => s.Status == SpecStatus.Draft).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        bool IsDraft(ClassSpec c) => c.Status == SpecStatus.Draft || draftSeries.Contains(c.SeriesSlug);
        var published = content with
        {
            Series = content.Series.Where(s => s.Status != SpecStatus.Draft).ToList(),
            Classes = content.Classes.Where(c => !IsDraft(c)).ToList(),
        };
        return (published, new ClassNames(content.Classes.Where(IsDraft).Select(c => (c.SeriesSlug, c.Slug))));
    }
}
