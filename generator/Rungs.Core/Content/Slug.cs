using System.Text;
using System.Text.RegularExpressions;

namespace Rungs.Content;

/// <summary>The naming rule for items: lowercase ASCII letters, digits and single hyphens.</summary>
public static partial class Slug
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string text) => text.Length <= 100 && Pattern().IsMatch(text);

    /// <summary>A valid slug close to <paramref name="text"/>, for hints ("Customer Service" → "customer-service").</summary>
    public static string Suggest(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "my-item" : slug;
    }
}
