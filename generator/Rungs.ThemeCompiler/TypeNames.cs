namespace Rungs.ThemeCompiler;

/// <summary>
/// The types of the head comments' small language (`string`, `bool`, `int`, `list of X`, or the name of a Rungs type),
/// and how generated C# names a type.
/// </summary>
public static class TypeNames
{
    private static readonly Lazy<ILookup<string, Type>> RungsTypes = new(() =>
        typeof(Rendering.Text.Markup).Assembly.GetTypes().Where(t => !t.IsNested && !t.Name.Contains('<')).ToLookup(t => t.Name, StringComparer.Ordinal));

    /// <summary>The type a head comment names; null (and why) when it names none.</summary>
    public static Type? Resolve(string text, out string? error)
    {
        error = null;
        text = text.Trim();
        switch (text)
        {
            case "string": return typeof(string);
            case "bool": return typeof(bool);
            case "int": return typeof(int);
        }

        if (text.StartsWith("list of ", StringComparison.Ordinal))
            return Resolve(text["list of ".Length..], out error) is { } element ? typeof(IReadOnlyList<>).MakeGenericType(element) : null;

        var found = RungsTypes.Value[text].ToList();
        if (found.Count == 1) return found[0];
        error = found.Count == 0
            ? $"no type is called `{text}` (write string, bool, int, `list of T`, or the name of a Rungs type)"
            : $"more than one type is called `{text}`: {string.Join(", ", found.Select(t => t.FullName))}";
        return null;
    }

    /// <summary>How a head comment writes a type (the inverse of <see cref="Resolve"/>).</summary>
    public static string Describe(Type type)
    {
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(int)) return "int";
        if (ElementOf(type) is { } element && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return "list of " + Describe(element);
        return Nullable.GetUnderlyingType(type) is { } inner ? Describe(inner) : type.Name.Split('`')[0];
    }

    /// <summary>The element type of a sequence type (`IReadOnlyList&lt;T&gt;`, an array, any IEnumerable&lt;T&gt;); null for other types and strings.</summary>
    public static Type? ElementOf(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return type.GetGenericArguments()[0];
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>Whether the type can be indexed and counted (`IReadOnlyList&lt;T&gt;`, arrays, lists).</summary>
    public static bool IsList(Type type) =>
        type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                     || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));

    /// <summary>The type as C# writes it, every name qualified from `global::` but the System.Collections.Generic ones.</summary>
    public static string CSharp(Type type)
    {
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(int)) return "int";
        if (type == typeof(long)) return "long";
        if (type == typeof(object)) return "object";
        if (type.IsArray) return CSharp(type.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(type) is { } inner) return CSharp(inner) + "?";
        // System.Collections.Generic is among the project's implicit usings, and no Rungs type takes one of its names.
        var name = type.Namespace == "System.Collections.Generic" ? type.Name
            : "global::" + (type.DeclaringType is { } outer ? CSharp(outer)["global::".Length..] + "." + type.Name : type.Namespace + "." + type.Name);
        if (!type.IsGenericType) return name;
        return name.Split('`')[0] + "<" + string.Join(", ", type.GetGenericArguments().Select(CSharp)) + ">";
    }
}
