using System.Text.RegularExpressions;
using Rungs.Output;

namespace Rungs.Tests.Incremental;

/// <summary>
/// Edits an editor makes while the dev server runs, each keeping a valid spec valid — so that random sequences of them
/// reach the comparison with a full build instead of the error path — and the checks that they did.
/// </summary>
internal static class SpecEdits
{
    public static readonly Func<string, string>[] All =
    [
        text => text + "\nA sentence added at the end.\n",
        ReviseTitle,
        UpdateBodyListItems,
        text => Regex.Replace(text, @"^summary: (.*)$", "summary: A new summary.", RegexOptions.Multiline),
        text => text.Replace("\n## ", "\n\n## ", StringComparison.Ordinal),
    ];

    /// <summary>Appends " Revised" to the title inside its quotes when it has them (outside, `"…" Revised` is not YAML).</summary>
    public static string ReviseTitle(string text) =>
        Regex.Replace(text, "^title: (?:\"(?<quoted>.*)\"|(?<plain>.*))$",
            m => m.Groups["quoted"].Success ? $"title: \"{m.Groups["quoted"].Value} Revised\"" : $"title: {m.Groups["plain"].Value} Revised",
            RegexOptions.Multiline);

    /// <summary>Rewords the list items of the body only: in front matter a list item is a slug, and a changed slug is a broken reference.</summary>
    public static string UpdateBodyListItems(string text)
    {
        var body = BodyStart(text);
        return text[..body] + Regex.Replace(text[body..], @"^(- |\d+\. )(.*)$", "$1$2 (updated)", RegexOptions.Multiline);
    }

    /// <summary>Where the Markdown body starts: after the front matter's closing `---` line (0 when there is none).</summary>
    private static int BodyStart(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return 0;
        var close = Regex.Match(text, @"\n---[ \t]*(\r?\n|$)");
        return close.Success ? close.Index + close.Length : 0;
    }

    /// <summary>A copy of what is published, to compare after a rebuild that must publish nothing.</summary>
    public static Dictionary<string, byte[]> Published(IReadOnlyDictionary<string, OutputFile> files) =>
        files.ToDictionary(p => p.Key, p => p.Value.Bytes.ToArray(), StringComparer.Ordinal);

    /// <summary>After a rebuild with errors: every published file still there with the same bytes, and no new one.</summary>
    public static void AssertUnchanged(Dictionary<string, byte[]> before, IReadOnlyDictionary<string, OutputFile> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = before.Where(p => !after[p.Key].Bytes.AsSpan().SequenceEqual(p.Value)).Select(p => p.Key).ToList();
        Assert.True(changed.Count == 0, "a failed rebuild changed published files: " + string.Join(", ", changed));
    }

    /// <summary>
    /// Fails when fewer than <paramref name="share"/> of the steps reached the comparison with a full build: a test whose
    /// edits mostly break the site only ever checks the error path, and would pass whatever the rebuild published.
    /// </summary>
    public static void AssertMostStepsCompared(int compared, int steps, double share = 0.8) =>
        Assert.True(compared >= share * steps,
            $"only {compared} of {steps} steps built without errors and were compared with a full build (at least {share:P0} must be)");
}
