using System.Reflection;

namespace Rungs.ThemeCompiler;

/// <summary>
/// A template expression translated to C#: its code, its .NET type, and whether it may be null at run time (as C#'s
/// annotations or a `?.` say). <paramref name="Nullability"/> tells the same of a sequence's elements, where known.
/// </summary>
/// <param name="Property">The member the expression reads, when it is a member access (for <see cref="Content.WrittenFromAttribute"/>).</param>
/// <param name="Receiver">The code of the object <paramref name="Property"/> is read from.</param>
public sealed record Typed(string Code, Type Type, bool MaybeNull, NullabilityInfo? Nullability = null, PropertyInfo? Property = null, string? Receiver = null)
{
    /// <summary>Whether the type is an integer Scriban compares and adds as a number.</summary>
    public bool IsInteger => Type == typeof(int) || Type == typeof(long) || Type == typeof(short) || Type == typeof(byte);
}
