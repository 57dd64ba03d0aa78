namespace Rungs.Parsing;

/// <summary>What a content file is, judged by where it lies in the content folder.</summary>
public enum ContentKind
{
    SiteConfig,
    Series,
    Class,
    Competency,
    Ksa,
    JobModel,
    /// <summary>A pay scale: `pay/&lt;slug&gt;.yml`, plain YAML.</summary>
    PayScale,
    Stray,
}

/// <summary>Maps a content-relative path to its kind, slug and (for classes) series.</summary>
public readonly record struct ContentPath(ContentKind Kind, string Slug, string? SeriesSlug)
{
    public const string SeriesFileName = "_series.md";

    /// <summary>True for the site's settings file (what <see cref="Of"/> calls <see cref="ContentKind.SiteConfig"/>), without splitting the path.</summary>
    public static bool IsSiteConfig(string relativePath) => relativePath is "site.yml" or "site.yaml";

    /// <summary>Where a spec's file lies in the content folder (`series/cs/cs-assistant.md`): the inverse of <see cref="Of"/>.</summary>
    public static string FileOf(ContentKind kind, string slug, string? seriesSlug = null) => kind switch
    {
        ContentKind.Series => $"series/{slug}/{SeriesFileName}",
        ContentKind.Class => $"series/{seriesSlug}/{slug}.md",
        ContentKind.Competency => $"competencies/{slug}.md",
        ContentKind.Ksa => $"ksas/{slug}.md",
        ContentKind.JobModel => $"job-models/{slug}.md",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "only specs have a file of their own"),
    };

    public static ContentPath Of(string relativePath)
    {
        var parts = relativePath.Split('/');
        var file = parts[^1];
        var stem = file.EndsWith(".md", StringComparison.Ordinal) ? file[..^3] : file;
        if (parts.Length == 1 && file is "site.yml" or "site.yaml") return new(ContentKind.SiteConfig, "site", null);
        if (parts is ["pay", _] && file.EndsWith(".yml", StringComparison.Ordinal)) return new(ContentKind.PayScale, file[..^4], null);
        if (!file.EndsWith(".md", StringComparison.Ordinal)) return new(ContentKind.Stray, stem, null);
        return parts switch
        {
            ["series", var series, SeriesFileName] => new(ContentKind.Series, series, null),
            ["series", var series, _] => new(ContentKind.Class, stem, series),
            ["competencies", _] => new(ContentKind.Competency, stem, null),
            ["ksas", _] => new(ContentKind.Ksa, stem, null),
            ["job-models", _] => new(ContentKind.JobModel, stem, null),
            _ => new(ContentKind.Stray, stem, null),
        };
    }
}
