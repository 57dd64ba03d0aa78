namespace Rungs.Tests.Support;

/// <summary>Where the repository's own folders are, found from the test binary by walking up to Rungs.slnx.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rungs.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"Rungs.slnx not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    /// <summary>The built-in themes folder (holds default/).</summary>
    public static string Themes => Path.Combine(Root, "themes");

    /// <summary>The sample site's content folder.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>Small on-disk fixtures copied next to the test binary.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The `rungs` CLI assembly, copied next to the test binary by the project reference.</summary>
    public static string RungsDll => Path.Combine(AppContext.BaseDirectory, "rungs.dll");
}
