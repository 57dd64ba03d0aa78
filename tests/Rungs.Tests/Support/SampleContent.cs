using Rungs.Input;
using Rungs.Pipeline;

namespace Rungs.Tests.Support;

/// <summary>The repository's sample site (content/ with themes/), built in memory the way `rungs build` builds it.</summary>
public static class SampleContent
{
    private static readonly Lazy<BuildResult> Cached = new(() => Build());

    /// <summary>One shared build for tests that only read it.</summary>
    public static BuildResult Result => Cached.Value;

    /// <summary>A fresh build: content read from disk, the built-in themes overlaid by the site's own themes/ folder.</summary>
    public static BuildResult Build(string? baseUrl = null) =>
        SitePipeline.Run(ContentReader.Read(Repo.Content, "content"), new DiskThemeSource(Repo.Themes, Repo.Themes, Repo.Root),
            baseUrl is null ? null : Rungs.Content.BaseUrl.Parse(baseUrl));
}
