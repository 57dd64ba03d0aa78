using Rungs.Rendering.Pages;
using Rungs.Tests.Corpus;

namespace Rungs.Tests.Support;

/// <summary>
/// A site with more classes than the compare page lists (<see cref="CompareNames.MaxListed"/> + 100 generated ones),
/// plus <see cref="TwinSlugSite"/>'s two series whose classes share slugs, so that some names are `series--slug`.
/// </summary>
public static class LargeCompareSite
{
    public const int Classes = CompareNames.MaxListed + 100 + 5;

    public static SortedDictionary<string, string> Files()
    {
        var files = GeneratedCorpus.Files(CompareNames.MaxListed + 100, seed: 2);
        foreach (var (path, text) in TwinSlugSite.Build().Files)
            if (path.StartsWith("series/office/", StringComparison.Ordinal) || path.StartsWith("series/library/", StringComparison.Ordinal))
                files[path] = text;
        return files;
    }
}
