namespace Rungs.Content;

/// <summary>
/// A pattern of git tag names in site.yml `releases:` (`v*`, `release-2026.?`): `*` matches any run of characters
/// (`/` included), `?` one character, anything else itself. Case-sensitive, as git tag names are.
/// </summary>
public static class TagPattern
{
    /// <summary>The tags that make releases when site.yml says nothing.</summary>
    public static readonly IReadOnlyList<string> Default = ["v*"];

    /// <summary>
    /// Why <paramref name="pattern"/> can match no tag git allows (`git check-ref-format`: no space, control character,
    /// `~ ^ : \ [`, `..` or `@{`, no leading `-` or `/`), or null when it is a usable pattern.
    /// </summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length == 0) return "is empty";
        if (pattern.Length > 200) return "is longer than 200 characters";
        if (pattern[0] is '-' or '/') return $"starts with `{pattern[0]}`, which no tag name does";
        if (pattern.StartsWith("refs/", StringComparison.Ordinal)) return "starts with `refs/`: write the tag name alone";
        foreach (var c in pattern)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return "holds a space or control character, which no tag name does";
            if (c is '~' or '^' or ':' or '\\' or '[') return $"holds `{c}`, which no tag name does";
        }

        if (pattern.Contains("..", StringComparison.Ordinal) || pattern.Contains("@{", StringComparison.Ordinal))
            return "holds `..` or `@{`, which no tag name does";
        return null;
    }

    /// <summary>Whether <paramref name="tag"/> matches <paramref name="pattern"/> (whole name; `*` and `?` as above).</summary>
    public static bool Matches(string pattern, string tag)
    {
        // Iterative glob with one backtrack point: linear in practice, never exponential.
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < tag.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == tag[t]) && pattern[p] != '*')
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
