using Rungs.Content;
using Rungs.Linking;

namespace Rungs.Rendering.Views;

/// <summary>A series as cards and lists show it: title, summary, and its levels in order.</summary>
public sealed record SeriesCard(string Title, string Url, string? Summary, string? Code, string? Organisation, int LevelCount, IReadOnlyList<LinkView> Levels)
{
    public static SeriesCard Of(SeriesLadder ladder) => new(
        ladder.Spec.Title,
        SiteUrls.Series(ladder.Slug),
        ladder.Spec.Summary,
        ladder.Spec.Code,
        ladder.Spec.Organisation,
        ladder.LevelCount,
        ladder.Current.Select(c => new LinkView(c.Title, SiteUrls.Class(c), c.Code)).ToList());
}
