namespace Rungs.ThemeCompiler;

/// <summary>
/// The files the compiler writes, from the repository's root: the compiled templates (`*.g.cs` in Rungs.Core's
/// Rendering/Compiled/) and docs/templates.md. What differs from a compilation, and writing it.
/// </summary>
public static class GeneratedFiles
{
    /// <summary>The folder of compiled templates, from the repository's root.</summary>
    public const string CompiledFolder = "generator/Rungs.Core/Rendering/Compiled";

    /// <summary>The path of a compiled class's file.</summary>
    public static string Compiled(string className) => $"{CompiledFolder}/{className}.g.cs";

    /// <summary>Each file to add, change or delete under <paramref name="root"/> for it to hold exactly <paramref name="files"/> (`changed: docs/templates.md`).</summary>
    public static IReadOnlyList<string> Changes(string root, IReadOnlyList<GeneratedFile> files)
    {
        var changes = new List<string>();
        foreach (var file in files)
        {
            var full = Path.Combine(root, file.Path);
            if (!File.Exists(full)) changes.Add("added: " + file.Path);
            else if (File.ReadAllText(full) != file.Text) changes.Add("changed: " + file.Path);
        }

        changes.AddRange(Stale(root, files).Select(path => "deleted: " + path));
        return changes;
    }

    /// <summary>Writes the files that changed and deletes compiled templates no longer made.</summary>
    public static void Write(string root, IReadOnlyList<GeneratedFile> files)
    {
        foreach (var stale in Stale(root, files)) File.Delete(Path.Combine(root, stale));
        foreach (var file in files)
        {
            var full = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (!File.Exists(full) || File.ReadAllText(full) != file.Text) File.WriteAllText(full, file.Text);
        }
    }

    // Compiled templates on disk that the compilation did not make (a template removed, or now interpreted).
    private static IEnumerable<string> Stale(string root, IReadOnlyList<GeneratedFile> files)
    {
        var folder = Path.Combine(root, CompiledFolder);
        if (!Directory.Exists(folder)) return [];
        var made = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(folder, "*.g.cs").Select(f => $"{CompiledFolder}/{Path.GetFileName(f)}").Where(p => !made.Contains(p))
            .Order(StringComparer.Ordinal);
    }
}
