using System.Reflection;
using System.Text;

namespace Rungs.ThemeCompiler;

/// <summary>
/// docs/templates.md: what each default template reads, from the same head comments the compiler types its code by, and
/// the members of every type they reach, by the names templates use. What a theme's override of a template can read.
/// </summary>
public static class ThemeReference
{
    /// <summary>The file's path from the repository's root.</summary>
    public const string Path = "docs/templates.md";

    public static string Markdown(IReadOnlyList<TemplateFile> files)
    {
        var text = new StringBuilder();
        text.Append("<!-- Generated from the head comments of themes/default's templates by the theme compiler: do not edit; edit a template's head,\n")
            .Append($"     then run `{CompiledClass.Command}`. -->\n")
            .Append("# Template variables\n\n")
            .Append("What each template of the default theme reads, as the comment at its head declares it (`# name: type — what it is`),\n")
            .Append("and the members of each type, by the names templates use (`model.card.level_name`). A theme that overrides a template\n")
            .Append("gets the same variables; the renderer sets `site`, `page`, `model`, `root` and `canonical` for every page, and a layout\n")
            .Append("sets the others before it includes a partial (`rows = model.levels; include 'ladder.html'`). The theme compiler types\n")
            .Append("the compiled templates from these declarations (README, \"Themes\").\n");

        var types = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        foreach (var (heading, folder) in new[] { ("Layouts", "layouts/"), ("Partials", "partials/") })
        {
            text.Append($"\n## {heading}\n");
            foreach (var file in files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal)))
            {
                text.Append($"\n### {file.Path}\n\n");
                if (file.Head.Summary.Length > 0) text.Append(file.Head.Summary).Append('\n');
                if (file.Head.Variables.Count == 0) continue;
                text.Append("\n| variable | type | what it is |\n|---|---|---|\n");
                foreach (var variable in file.Head.Variables)
                {
                    var type = TypeNames.Resolve(variable.TypeText, out _);
                    text.Append($"| `{variable.Name}` | {(type is null ? variable.TypeText : Describe(type, false, types))} | {Cell(variable.Description)} |\n");
                }
            }
        }

        // Every type the members of the types named so far reach, then each listed in name order.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (types.Keys.FirstOrDefault(k => !seen.Contains(k)) is { } next)
        {
            seen.Add(next);
            foreach (var (_, property) in Members(types[next])) Describe(property.PropertyType, false, types, ScribanMembers.Of(property));
        }

        text.Append("\n## Types\n");
        foreach (var (name, type) in types)
        {
            text.Append($"\n### {name}\n\n");
            if (type.IsEnum)
            {
                text.Append($"One of {string.Join(", ", Enum.GetNames(type).Select(n => $"`{n}`"))} (written as its name).\n");
                continue;
            }

            if (typeof(Rendering.Text.Markup).IsAssignableFrom(type))
            {
                text.Append("Markup made by Rungs (the career map's SVG): `{{ x }}` writes it as it is.\n");
                continue;
            }

            if (typeof(Scriban.Runtime.IScriptCustomFunction).IsAssignableFrom(type))
            {
                text.Append("The page's own layout: `{{ content }}` writes it there.\n");
                continue;
            }

            text.Append("| member | type |\n|---|---|\n");
            foreach (var (member, property) in Members(type))
            {
                var nullability = ScribanMembers.Of(property);
                text.Append($"| `{member}` | {Describe(property.PropertyType, nullability.ReadState == NullabilityState.Nullable, types, nullability)} |\n");
            }
        }

        return text.ToString();
    }

    // A type as the reference writes it, linking (and noting, to list later) each Rungs type it names.
    private static string Describe(Type type, bool orNull, SortedDictionary<string, Type> types, NullabilityInfo? nullability = null)
    {
        var suffix = orNull ? " or null" : "";
        if (Nullable.GetUnderlyingType(type) is { } inner) return Describe(inner, true, types);
        if (type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long)) return TypeNames.Describe(type) + suffix;
        if (TypeNames.ElementOf(type) is { } element)
        {
            var elementNullable = (nullability?.ElementType ?? nullability?.GenericTypeArguments.FirstOrDefault())?.ReadState == NullabilityState.Nullable;
            return "list of " + Describe(element, elementNullable, types) + suffix;
        }

        if (type == typeof(object)) return "any value" + suffix;
        if (type.Namespace?.StartsWith("Rungs", StringComparison.Ordinal) != true) return type.Name + suffix;
        types.TryAdd(type.Name, type);
        return $"[{type.Name}](#{type.Name.ToLowerInvariant()}){suffix}";
    }

    private static IEnumerable<(string Name, PropertyInfo Property)> Members(Type type) =>
        type.IsEnum || typeof(Rendering.Text.Markup).IsAssignableFrom(type) || typeof(Scriban.Runtime.IScriptCustomFunction).IsAssignableFrom(type)
            ? []
            : ScribanMembers.All(type).OrderBy(m => m.Name, StringComparer.Ordinal);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
