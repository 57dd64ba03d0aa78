using Rungs.Content;

namespace Rungs.Cli.Commands;

/// <summary>
/// What `rungs new` accepts: a slug that makes a valid file name on every system, a title of one line, a level from 1 to
/// 99. Each check returns why a value is refused (a usage error, exit 2), or null when it is fine.
/// </summary>
public static class NewArguments
{
    public const int MaxLevel = 99;

    // Windows opens a device, not a file, for these names with any extension (con.md), so such a spec could not be checked out there.
    private static readonly HashSet<string> DeviceNames = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(n => new[] { $"com{n}", $"lpt{n}" })],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="slug"/> cannot name a new <paramref name="kind"/>, with a hint; null when it can.</summary>
    public static (string Message, string Hint)? SlugProblem(string slug, string kind)
    {
        if (!Slug.IsValid(slug))
            return ($"\"{slug}\" is not a valid {kind} slug (lowercase letters, digits and single hyphens)", $"did you mean `{Slug.Suggest(slug)}`?");
        if (DeviceNames.Contains(slug))
            return ($"\"{slug}\" is a device name on Windows (CON, PRN, AUX, NUL, COM1-COM9, LPT1-LPT9): a file named {slug}.md cannot exist there",
                $"choose another {kind} slug, such as `{slug}-{kind}`");
        return null;
    }

    /// <summary>Why <paramref name="title"/> cannot be a title: it must be one line, without control characters.</summary>
    public static string? TitleProblem(string title) => OneLineProblem("--title", title);

    /// <summary>Why <paramref name="value"/> of <paramref name="option"/> cannot go into a file: it must be one line, without control characters.</summary>
    public static string? OneLineProblem(string option, string value)
    {
        foreach (var c in value)
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
                return $"{option} must be one line of text, without line breaks or control characters (it holds U+{(int)c:X4})";
        return null;
    }

    /// <summary>Why <paramref name="level"/> cannot be a level: levels run 1, 2, 3… and a ladder of more than 99 is a typo.</summary>
    public static string? LevelProblem(int level) =>
        level is < 1 or > MaxLevel ? $"--level must be between 1 and {MaxLevel}, not {level}" : null;
}
