using System.Reflection;
using Scriban.Runtime;

namespace Rungs.ThemeCompiler;

/// <summary>The .NET member behind a template's `x.member`, found as Scriban finds it, and whether it may be null.</summary>
public static class ScribanMembers
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// The public instance property <paramref name="name"/> names on <paramref name="type"/> under Scriban's standard
    /// renamer (`level_name` for LevelName), looked up as Scriban's TypedObjectAccessor does: type by type from the most
    /// derived, the first to take a name keeping it. Null when there is none (or it is a field, which the compiler does not read).
    /// </summary>
    public static PropertyInfo? Find(Type type, string name)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
                if (field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && StandardMemberRenamer.Default(field) == name) return null;

            foreach (var property in t.GetProperties(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null || property.GetMethod is not { IsPublic: true, IsStatic: false }
                    || property.GetIndexParameters().Length > 0) continue;
                if (StandardMemberRenamer.Default(property) == name) return property;
            }
        }

        return null;
    }

    /// <summary>The members a template can read on a type, by their Scriban names, for documentation.</summary>
    public static IEnumerable<(string Name, PropertyInfo Property)> All(Type type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var property in t.GetProperties(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && property.GetMethod is { IsPublic: true, IsStatic: false }
                    && property.GetIndexParameters().Length == 0 && seen.Add(StandardMemberRenamer.Default(property)))
                    yield return (StandardMemberRenamer.Default(property), property);
    }

    /// <summary>What C#'s annotations say of a property's value: whether it may be null, and of its elements.</summary>
    public static NullabilityInfo Of(PropertyInfo property)
    {
        lock (Nullability) return Nullability.Create(property);
    }
}
