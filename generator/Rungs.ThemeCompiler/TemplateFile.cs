using Scriban;

namespace Rungs.ThemeCompiler;

/// <summary>One default-theme template as the compiler sees it: its text as the build decodes it, that text's hash, its syntax tree and head.</summary>
/// <param name="Path">The path inside the theme (`partials/facts.html`).</param>
/// <param name="Hash">The SHA-256 of <paramref name="Text"/>, as the build hashes a theme's file to know it is the built-in one.</param>
public sealed record TemplateFile(string Path, string Text, string Hash, Template Parsed, TemplateHead Head)
{
    /// <summary>The compiled class's name: `layouts/level-step.html` is LevelStepLayout, `partials/facts.html` FactsPartial.</summary>
    public string ClassName
    {
        get
        {
            var kind = Path.StartsWith("layouts/", StringComparison.Ordinal) ? "Layout" : "Partial";
            var stem = CSharpText.Pascal(System.IO.Path.GetFileNameWithoutExtension(Path));
            return char.IsDigit(stem[0]) ? kind + stem : stem + kind;
        }
    }
}

/// <summary>What a template's includers need of its compiled class: how to call it, which globals it sets, which files it writes.</summary>
/// <param name="Parameters">The variables it reads, in the order its Write method takes them.</param>
/// <param name="Assigns">The globals it (or a partial it includes) assigns, which its includer no longer knows after including it.</param>
/// <param name="Sources">Every template file it writes, with its hash.</param>
public sealed record CompiledSignature(string Path, string ClassName, IReadOnlyList<(string Name, Type Type)> Parameters, IReadOnlySet<string> Assigns,
    IReadOnlyDictionary<string, string> Sources);
