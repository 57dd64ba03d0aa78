using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>site.yml `releases:`: one tag name pattern or a list of them, each checked where it is written (RUNGS058).</summary>
public static class ReleasePatterns
{
    public static IReadOnlyList<string> Read(FrontMatterFields f)
    {
        if (f.TextOrList("releases") is not { } written) return TagPattern.Default;
        var patterns = new List<string>();
        foreach (var (text, at) in written)
        {
            if (TagPattern.Problem(text) is { } problem)
            {
                f.Error(DiagnosticCodes.ReleasePattern, at, $"the `releases` pattern \"{text}\" {problem}",
                    "write tag name patterns with `*` and `?`, e.g. `releases: \"v*\"` or `releases: [\"v*\", \"plan-*\"]`");
                continue;
            }

            if (!patterns.Contains(text, StringComparer.Ordinal)) patterns.Add(text);
        }

        return patterns;
    }
}
