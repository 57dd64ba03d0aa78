using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Rungs.Rendering;

/// <summary>
/// Scriban's access to the members of a .NET model (`model.card.title`), reading each property through a compiled
/// delegate instead of reflection. Everything but reading a member is left to Scriban's own accessor.
/// </summary>
/// <remarks>
/// Templates read model members hundreds of times per page; Scriban's <see cref="TypedObjectAccessor"/> calls
/// PropertyInfo.GetValue each time. The members and their names are the ones Scriban finds (same renamer, same rules),
/// and the delegates are made once per type for the whole process.
/// </remarks>
internal sealed class CompiledMemberAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, CompiledMemberAccessor?> ByType = new();

    private readonly TypedObjectAccessor _scriban;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private CompiledMemberAccessor(TypedObjectAccessor scriban, Dictionary<string, Func<object, object?>> getters)
    {
        _scriban = scriban;
        _getters = getters;
    }

    /// <summary>
    /// The accessor for <paramref name="scriban"/>'s type, or null to keep Scriban's own (a type whose members this does
    /// not find exactly as Scriban does). Only for contexts with Scriban's standard renamer and no member filter.
    /// </summary>
    public static IObjectAccessor? For(Type type, TypedObjectAccessor scriban, TemplateContext context) =>
        ByType.GetOrAdd(type, t => Compile(t, scriban, context));

    private static CompiledMemberAccessor? Compile(Type type, TypedObjectAccessor scriban, TemplateContext context)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        // As TypedObjectAccessor.PrepareMembers: public instance fields, then properties, type by type up to object;
        // the first member to take a name keeps it.
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null || field.IsLiteral) continue;
                getters.TryAdd(NameOf(field, context), Getter(type, field));
            }

            foreach (var property in t.GetProperties(BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null || property.GetMethod is not { IsPublic: true, IsStatic: false }
                    || property.GetIndexParameters().Length > 0) continue;
                getters.TryAdd(NameOf(property, context), Getter(type, property));
            }
        }

        var scribanNames = scriban.GetMembers(context, default, null!).ToHashSet(StringComparer.Ordinal);
        return scribanNames.SetEquals(getters.Keys) ? new CompiledMemberAccessor(scriban, getters) : null;
    }

    private static string NameOf(MemberInfo member, TemplateContext context) =>
        context.MemberRenamer(member) is { Length: > 0 } name ? name : member.Name;

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var read = Expression.MakeMemberAccess(Expression.Convert(target, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        value = null;
        return false;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scriban.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scriban.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scriban.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => _scriban.HasIndexer;

    public Type? IndexType => _scriban.IndexType;
}
