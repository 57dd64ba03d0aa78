namespace Rungs.ThemeCompiler;

/// <summary>The folder of generated files (`*.g.cs` in Rungs.Core's Rendering/Compiled/): what differs from a compilation, and writing it.</summary>
public static class GeneratedFolder
{
    /// <summary>The folder, from the repository's root.</summary>
    public const string Path = "generator/Rungs.Core/Rendering/Compiled";

    /// <summary>Each file to add, change or delete for the folder to hold exactly <paramref name="files"/> (`changed: X.g.cs`).</summary>
    public static IReadOnlyList<string> Changes(string folder, IReadOnlyList<GeneratedFile> files)
    {
        var changes = new List<string>();
        var wanted = files.ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
        foreach (var (name, text) in wanted.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var full = System.IO.Path.Combine(folder, name);
            if (!File.Exists(full)) changes.Add("added: " + name);
            else if (File.ReadAllText(full) != text) changes.Add("changed: " + name);
        }

        changes.AddRange(Existing(folder).Where(name => !wanted.ContainsKey(name)).Select(name => "deleted: " + name));
        return changes;
    }

    /// <summary>Writes the files that changed and deletes generated files no longer made.</summary>
    public static void Write(string folder, IReadOnlyList<GeneratedFile> files)
    {
        Directory.CreateDirectory(folder);
        var wanted = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Existing(folder).Where(name => !wanted.Contains(name))) File.Delete(System.IO.Path.Combine(folder, stale));
        foreach (var file in files)
        {
            var full = System.IO.Path.Combine(folder, file.Name);
            if (!File.Exists(full) || File.ReadAllText(full) != file.Text) File.WriteAllText(full, file.Text);
        }
    }

    private static IEnumerable<string> Existing(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.g.cs").Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];
}
