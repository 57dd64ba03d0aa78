namespace Rungs.Content;

/// <summary>Whether a class or series is in force (`status:`): active (the default), a draft, or abolished.</summary>
public enum SpecStatus
{
    Active,
    Draft,
    Abolished,
}

/// <summary>How `status:` is written in front matter.</summary>
public static class SpecStatuses
{
    /// <summary>The values `status` takes, the default first.</summary>
    public static readonly IReadOnlyList<string> Names = ["active", "draft", "abolished"];

    /// <summary>The status a written value names (one of <see cref="Names"/>).</summary>
    public static SpecStatus Parse(string name) => (SpecStatus)IndexOf(name);

    /// <summary>
    /// A class's status in force: its own when it writes one, else its series' (an abolished series abolishes its classes,
    /// a draft series makes them drafts).
    /// </summary>
    public static SpecStatus Of(ClassSpec spec, SeriesSpec? series) =>
        spec.Status != SpecStatus.Active ? spec.Status : series?.Status ?? SpecStatus.Active;

    /// <summary>How lists and search results mark a class not in force ("Abolished", "Draft"); null for one in force.</summary>
    public static string? Label(this SpecStatus status) => status switch
    {
        SpecStatus.Abolished => "Abolished",
        SpecStatus.Draft => "Draft",
        _ => null,
    };

    /// <summary>The status as written in front matter and in exports (`abolished`).</summary>
    public static string Name(this SpecStatus status) => Names[(int)status];

    private static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
            if (Names[i] == name) return i;
        throw new ArgumentOutOfRangeException(nameof(name), name, "not a status");
    }
}
