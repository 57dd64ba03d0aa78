using System.Reflection;
using System.Runtime.CompilerServices;
using Rungs.Linking;

namespace Rungs.Tests.StaticState;

/// <summary>
/// What a build remembers about a site is held by the renderer or the site model and passed to whoever needs it: no static
/// field of Rungs.Core (thread-static ones included) may hold a site's specs, and none is a table keyed by object identity.
/// </summary>
public sealed class NoHiddenCachesTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private static readonly Assembly Core = typeof(SiteModel).Assembly;

    [Fact]
    public void No_static_field_of_the_core_holds_a_sites_specs_or_is_keyed_by_object_identity()
    {
        var offenders = Core.GetTypes()
            .SelectMany(t => t.GetFields(Static).Where(f => !f.IsLiteral && !IsEmptyArray(f)).Select(f => (Field: f, Why: Holds(f.FieldType, []))))
            .Where(p => p.Why is not null)
            .Select(p => $"{p.Field.DeclaringType!.FullName}.{p.Field.Name}: {p.Why}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "static state that outlives a build:\n" + string.Join("\n", offenders));
    }

    // A read-only empty array (a shared "none") can never hold anything.
    private static bool IsEmptyArray(FieldInfo field) =>
        field.IsInitOnly && !field.DeclaringType!.ContainsGenericParameters && field.GetValue(null) is Array { Length: 0 };

    // Why a static field of this type would keep what one site's build made (null when it would not): a ConditionalWeakTable,
    // or a collection of model objects, directly or in the fields of a Rungs.Core type it holds. A single model object (an
    // empty body) is a constant, not a cache; delegates are code, not state.
    private static string? Holds(Type type, HashSet<Type> seen, bool inCollection = false)
    {
        if (!seen.Add(type) || type.IsEnum || type.IsPrimitive || type == typeof(string) || typeof(Delegate).IsAssignableFrom(type)) return null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)) return "a ConditionalWeakTable keyed by object identity";
        if (inCollection && IsModel(type)) return $"a collection of {type.Name}";
        if (type.IsArray) return Holds(type.GetElementType()!, seen, inCollection: true);
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                if (Holds(argument, seen, inCollection: typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) is { } why) return why;
        if (type.Assembly != Core || IsModel(type)) return null;
        foreach (var field in type.GetFields(Instance))
            if (Holds(field.FieldType, seen) is { } why) return $"{type.Name}.{field.Name} holds {why}";
        return null;
    }

    // The parsed specs and the linked site: what a build reads, and what a rebuild replaces. The declarations of the
    // cross-references (SiteReferences) live beside the site model but are fixed in code, the same for every site.
    private static bool IsModel(Type type) =>
        type.Namespace is "Rungs.Content" or "Rungs.Linking" && !type.IsEnum && type.Assembly == Core
        && !typeof(SiteReference).IsAssignableFrom(type);
}
