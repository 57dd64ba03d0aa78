using Rungs.Rendering;
using Rungs.Rendering.Compiled;
using Scriban;
using Scriban.Parsing;

namespace Rungs.ThemeCompiler;

/// <summary>A file the compiler generates: its path from the repository's root, and its text.</summary>
public sealed record GeneratedFile(string Path, string Text);

/// <summary>
/// What compiling a theme gave: the generated files, the templates Scriban interprets with the reason for each, and
/// errors (mistakes in the templates), in the form `file(line,col): error: message`.
/// </summary>
public sealed record ThemeCompilationResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Interpreted, IReadOnlyList<string> Errors);

/// <summary>
/// Compiles the default theme: every template under layouts/ and partials/ that stays within the compiled subset
/// becomes a C# class (<see cref="TemplateTranslator"/>); the rest are listed with the reason Scriban interprets them.
/// </summary>
public static class ThemeCompilation
{
    /// <summary>Compiles the templates of <paramref name="themeFolder"/> (themes/default).</summary>
    public static ThemeCompilationResult Run(string themeFolder)
    {
        var errors = new List<string>();
        var files = Read(themeFolder, errors);
        var compiled = new Dictionary<string, (CompiledSignature Signature, string Text)>(StringComparer.Ordinal);
        var interpreted = new Dictionary<string, string>(StringComparer.Ordinal);
        var compiling = new HashSet<string>(StringComparer.Ordinal);

        CompiledSignature? Compile(TemplateFile file)
        {
            if (compiled.TryGetValue(file.Path, out var done)) return done.Signature;
            if (interpreted.ContainsKey(file.Path)) return null;
            compiling.Add(file.Path);
            try
            {
                var inputs = Inputs(file, errors);
                var translator = new TemplateTranslator(file, inputs, (path, span) => Include(path, span));
                translator.Translate();
                var signature = new CompiledSignature(file.Path, file.ClassName, [.. translator.Parameters.Select(p => (p, inputs[p].Type))],
                    translator.Assigns, translator.Sources);
                compiled[file.Path] = (signature, CompiledClass.Text(file, translator, inputs));
                return signature;
            }
            catch (NotCompilable e)
            {
                interpreted[file.Path] = $"{Where(file, e.Span)}: {e.Message}";
                return null;
            }
            catch (TemplateError e)
            {
                errors.Add($"{Where(file, e.Span)}: error: {e.Message}");
                interpreted[file.Path] = "it has an error";
                return null;
            }
            finally
            {
                compiling.Remove(file.Path);
            }
        }

        CompiledSignature Include(string path, SourceSpan span)
        {
            if (compiling.Contains(path)) throw new NotCompilable(span, $"it includes {path}, which includes it again");
            if (!files.TryGetValue(path, out var partial)) throw new TemplateError(span, $"it includes {path}, which the default theme does not have");
            return Compile(partial) ?? throw new NotCompilable(span, $"it includes {path}, which Scriban interprets");
        }

        foreach (var file in files.Values) Compile(file);

        var compiledFiles = files.Values.Where(f => compiled.ContainsKey(f.Path)).ToList();
        var generated = compiledFiles.Select(f => new GeneratedFile(GeneratedFiles.Compiled(f.ClassName), compiled[f.Path].Text))
            .Append(new GeneratedFile(GeneratedFiles.Compiled("CompiledTheme"),
                CompiledClass.Registry(compiledFiles, interpreted.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value))))
            .Append(new GeneratedFile(ThemeReference.Path, ThemeReference.Markdown([.. files.Values])))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new ThemeCompilationResult(generated, [.. interpreted.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value)], errors);
    }

    // The layouts and partials, decoded as the build decodes a theme's files, in path order.
    private static SortedDictionary<string, TemplateFile> Read(string themeFolder, List<string> errors)
    {
        var files = new SortedDictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var folder in new[] { "layouts", "partials" }.Where(f => Directory.Exists(Path.Combine(themeFolder, f))))
        foreach (var full in Directory.EnumerateFiles(Path.Combine(themeFolder, folder), "*.html"))
        {
            var path = folder + "/" + Path.GetFileName(full);
            var text = TemplateSet.TextOf(File.ReadAllBytes(full));
            var parsed = Template.Parse(text, "themes/default/" + path);
            if (parsed.HasErrors)
            {
                errors.AddRange(parsed.Messages.Select(m => $"themes/default/{path}({m.Span.Start.Line + 1},{m.Span.Start.Column + 1}): error: {m.Message}"));
                continue;
            }

            files[path] = new TemplateFile(path, text, CompiledTemplates.Hash(text), parsed, TemplateHead.Parse(text));
        }

        return files;
    }

    // The variables the head comment declares, with their types.
    private static Dictionary<string, Typed> Inputs(TemplateFile file, List<string> errors)
    {
        var inputs = new Dictionary<string, Typed>(StringComparer.Ordinal);
        foreach (var variable in file.Head.Variables)
        {
            if (TypeNames.Resolve(variable.TypeText, out var problem) is { } type)
                inputs[variable.Name] = new Typed(CSharpText.Identifier(variable.Name), type, false);
            else
                errors.Add($"themes/default/{file.Path}({variable.Line},1): error: `{variable.Name}`: {problem}");
        }

        return inputs;
    }

    private static string Where(TemplateFile file, SourceSpan span) =>
        $"themes/default/{file.Path}({Math.Max(1, span.Start.Line + 1)},{Math.Max(1, span.Start.Column + 1)})";
}
