using Rungs.Content;

namespace Rungs.Scaffolding;

/// <summary>What `rungs init` fills into the starter site: its title, organisation and address, and the Rungs version its tool manifest pins.</summary>
/// <param name="Title">The site's title (one line).</param>
/// <param name="Organisation">Who publishes the specs; left as a comment in site.yml when not given.</param>
/// <param name="BaseUrl">Where the site is published; left as a comment in site.yml when not given (Netlify builds pass their own).</param>
/// <param name="ToolVersion">The version of Rungs that `dotnet tool restore` installs for the site: the one that wrote it.</param>
public sealed record StarterSettings(string Title, string? Organisation, BaseUrl? BaseUrl, string ToolVersion)
{
    /// <summary>The title of a site started without `--title`.</summary>
    public const string DefaultTitle = "Job classifications";
}
