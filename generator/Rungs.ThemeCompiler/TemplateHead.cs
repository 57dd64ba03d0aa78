using System.Text.RegularExpressions;

namespace Rungs.ThemeCompiler;

/// <summary>A variable a template reads, as its head comment declares it: `# facts: list of FactView — the facts, in order`.</summary>
/// <param name="Line">The 1-based line of the declaration in the template.</param>
public sealed record DeclaredVariable(string Name, string TypeText, string Description, int Line);

/// <summary>
/// The head comment of a template: the comment lines of the code block it starts with, `{{~ # … ~}}`. A line of the form
/// `# name: type — description` declares a variable the template reads; the other lines say what the template shows.
/// </summary>
public sealed partial record TemplateHead(string Summary, IReadOnlyList<DeclaredVariable> Variables)
{
    public static readonly TemplateHead None = new("", []);

    public static TemplateHead Parse(string text)
    {
        if (!text.StartsWith("{{~", StringComparison.Ordinal)) return None;
        var end = text.IndexOf("}}", StringComparison.Ordinal);
        if (end < 0) return None;
        var lines = text[3..end].TrimEnd('~').Split('\n');
        var summary = new List<string>();
        var variables = new List<DeclaredVariable>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            // A head is comments only: a block that starts with code is not one.
            if (!line.StartsWith('#')) return None;
            line = line[1..].Trim();
            if (Declaration().Match(line) is { Success: true } match)
                variables.Add(new DeclaredVariable(match.Groups["name"].Value, match.Groups["type"].Value.Trim(), match.Groups["text"].Value.Trim(), i + 1));
            else summary.Add(line);
        }

        return new TemplateHead(string.Join(' ', summary), variables);
    }

    [GeneratedRegex(@"^(?<name>[a-z_][a-z0-9_]*)\s*:\s*(?<type>[^—]+?)\s+(—|--)\s+(?<text>.*)$")]
    private static partial Regex Declaration();
}
