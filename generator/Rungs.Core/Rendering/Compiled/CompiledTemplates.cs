using System.Security.Cryptography;
using System.Text;

namespace Rungs.Rendering.Compiled;

/// <summary>The compiled templates of the default theme, and which of them stand in for a given theme's templates.</summary>
internal static partial class CompiledTemplates
{
    /// <summary>Every compiled template there is (as generated into `CompiledTheme.g.cs`).</summary>
    public static readonly IReadOnlyList<CompiledTemplate> All = Generated();

    /// <summary>
    /// The compiled templates, by template, whose every source file has the text it was compiled from among
    /// <paramref name="texts"/> (a theme's templates by path, after decoding).
    /// </summary>
    public static IReadOnlyDictionary<string, CompiledTemplate> For(IReadOnlyDictionary<string, string> texts)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var engaged = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var template in All)
            if (template.Sources.All(s => texts.TryGetValue(s.Key, out var text) && Hash(s.Key, text, hashes) == s.Value))
                engaged[template.Path] = template;
        return engaged;
    }

    /// <summary>The SHA-256 of a template's text, in upper-case hex, as <see cref="CompiledTemplate.Sources"/> gives it.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Hash(string path, string text, Dictionary<string, string> hashes)
    {
        if (!hashes.TryGetValue(path, out var hash)) hashes[path] = hash = Hash(text);
        return hash;
    }

    private static List<CompiledTemplate> Generated()
    {
        var all = new List<CompiledTemplate>();
        AddGenerated(all);
        return all;
    }

    // Implemented in the generated CompiledTheme.g.cs. Without it (the generated files deleted, to run the theme compiler
    // after a model change they no longer compile against) every template is interpreted.
    static partial void AddGenerated(List<CompiledTemplate> all);
}
