using System.Security.Cryptography;
using System.Text;

namespace Rungs.Rendering.Twins;

/// <summary>The C# twins of the default theme's templates, and which of them stand in for a given theme's templates.</summary>
internal static class TemplateTwins
{
    private static readonly IReadOnlyList<TemplateTwin> HandWritten =
    [
        new BaseTwin(), new ClassTwin(), new LevelStepTwin(), new SeriesCompareTwin(), new SeriesTwin(),
        new DiffTwin(), FactsTwin.Shared, new SectionsTwin(), ClassLinksTwin.Shared, LibraryListTwin.Shared, LinkListTwin.Shared, LadderTwin.Shared,
    ];

    /// <summary>Every twin there is: the templates the theme compiler compiled, and hand-written ones for templates it did not.</summary>
    public static readonly IReadOnlyList<TemplateTwin> All =
    [
        .. Compiled.CompiledTemplates.All.Select(c => new CompiledTwin(c)),
        .. HandWritten.Where(t => Compiled.CompiledTemplates.All.All(c => c.Path != t.Path)),
    ];

    /// <summary>
    /// The twins, by template, whose every source file has the default theme's text among <paramref name="texts"/>
    /// (a theme's templates by path, after decoding).
    /// </summary>
    public static IReadOnlyDictionary<string, TemplateTwin> For(IReadOnlyDictionary<string, string> texts)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var engaged = new Dictionary<string, TemplateTwin>(StringComparer.Ordinal);
        foreach (var twin in All)
            if (twin.Sources.All(s => texts.TryGetValue(s.Key, out var text) && Hash(s.Key, text, hashes) == s.Value))
                engaged[twin.Path] = twin;
        return engaged;
    }

    /// <summary>The SHA-256 of a template's text, in upper-case hex, as <see cref="TemplateTwin.Sources"/> gives it.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Hash(string path, string text, Dictionary<string, string> hashes)
    {
        if (!hashes.TryGetValue(path, out var hash)) hashes[path] = hash = Hash(text);
        return hash;
    }
}
