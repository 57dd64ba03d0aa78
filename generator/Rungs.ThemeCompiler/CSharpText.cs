using System.Globalization;
using System.Text;

namespace Rungs.ThemeCompiler;

/// <summary>Literals and identifiers as generated C# writes them: ASCII only, so the files read the same in any editor.</summary>
public static class CSharpText
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte",
        "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary>A C# string literal of <paramref name="text"/>.</summary>
    public static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~') literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else literal.Append(c);
                    break;
            }
        }

        return literal.Append('"').ToString();
    }

    /// <summary>A template name as a C# identifier (`for` becomes `@for`).</summary>
    public static string Identifier(string name) => Keywords.Contains(name) ? "@" + name : name;

    /// <summary>`level-step` as `LevelStep`.</summary>
    public static string Pascal(string name) =>
        string.Concat(name.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
