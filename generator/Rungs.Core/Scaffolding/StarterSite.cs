using System.Reflection;
using System.Text.RegularExpressions;

namespace Rungs.Scaffolding;

/// <summary>
/// The files `rungs init` writes: the real files under Scaffolding/Starter/ (embedded in this assembly, so the tool
/// needs no folder beside it), with the site's settings filled in. Pure: the command does the I/O.
/// </summary>
public static partial class StarterSite
{
    private const string ResourcePrefix = "Starter/";

    // A file or folder whose name starts with a dot would act in this repository (a .gitignore ignores files here,
    // a .config/dotnet-tools.json is found by dotnet tool commands), so the starter keeps them as `dot-…`.
    private const string DotPrefix = "dot-";

    /// <summary>Every file of the starter site, in path order.</summary>
    public static IReadOnlyList<StarterFile> Files(StarterSettings settings)
    {
        var assembly = typeof(StarterSite).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => new StarterFile(PathOf(name), Fill(Read(assembly, name), settings)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static string PathOf(string resource)
    {
        var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
        return path.StartsWith(DotPrefix, StringComparison.Ordinal) ? "." + path[DotPrefix.Length..] : path;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        // Checked out on Windows, the files may have CRLF line ends; a new site gets the same bytes everywhere.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Replaces each `{{rungs:name}}` in one pass, so a title that holds such a token is written as it is.</summary>
    private static string Fill(string text, StarterSettings settings) =>
        Token().Replace(text, match => match.Groups[1].Value switch
        {
            "title" => "title: " + SpecScaffold.Quote(settings.Title),
            "organisation" => settings.Organisation is { } organisation
                ? "organisation: " + SpecScaffold.Quote(organisation)
                : "# organisation: \"Example Organisation\"   # who publishes the specs: shown in the footer and on the home page",
            "base_url" => settings.BaseUrl is { } url
                ? "base_url: " + SpecScaffold.Quote(url.Text)
                : "# base_url: \"https://jobs.example.org/\"",
            "version" => settings.ToolVersion,
            var name => throw new InvalidOperationException($"the starter site has an unknown token {{{{rungs:{name}}}}}"),
        });

    [GeneratedRegex(@"\{\{rungs:([a-z_]+)\}\}")]
    private static partial Regex Token();
}
