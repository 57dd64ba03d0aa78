using Rungs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Rungs.Parsing;

/// <summary>Loads a YAML mapping with positions, turning YamlDotNet's exceptions into plain-language diagnostics.</summary>
public static class YamlLoader
{
    /// <summary>The root mapping, an empty mapping for empty YAML, or null when the YAML is broken.</summary>
    /// <param name="what">How messages name the YAML: "the front matter", or the file name for site.yml.</param>
    public static YamlMappingNode? LoadMapping(string yaml, string displayPath, int firstLine, DiagnosticList diagnostics, string what = "the front matter")
    {
        var tab = FindIndentingTab(yaml);
        if (tab is { } t)
        {
            diagnostics.Error(DiagnosticCodes.InvalidYaml, new SourcePosition(displayPath, firstLine + t.Line, t.Column),
                "a tab is used for indentation", "YAML indents with spaces only; replace the tab with spaces");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            // Plain front matter (nearly every file's) is read without YamlDotNet's scanner; it is within every limit.
            var events = PlainFrontMatter.TryRead(yaml);
            if (events is null)
            {
                events = [];
                if (YamlLimits.Check(yaml, events) is { } problem)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidYaml,
                        new SourcePosition(displayPath, firstLine + (int)Math.Max(1, problem.At.Line) - 1, (int)Math.Max(1, problem.At.Column)),
                        problem.Message, problem.Hint);
                    return null;
                }
            }

            // The check read the whole text without error, so its events are what a second parse would produce.
            stream.Load(new ParsingEventReplay(events));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's own failures on input its parser let through; it says neither what nor where.
            diagnostics.Error(DiagnosticCodes.InvalidYaml, new SourcePosition(displayPath, firstLine, 1), $"{what} could not be read as YAML",
                "look for a stray `*`, `&`, `!`, `?`, `[` or `{`, or a value that needs quotes");
            return null;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line;
            var column = (int)Math.Max(1, e.Start.Column);
            var (message, hint) = Explain(e, yaml, line, what);
            diagnostics.Error(DiagnosticCodes.InvalidYaml, new SourcePosition(displayPath, firstLine + line - 1, column), message, hint);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            return mapping;

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(DiagnosticCodes.NotAMapping, new SourcePosition(displayPath, firstLine + (int)root.Start.Line - 1, (int)root.Start.Column),
            $"{what} must be fields written `key: value`, not a list or a single value", "write one field per line, e.g. `title: Customer Service Assistant`, without a leading `- `");
        return null;
    }

    private static (int Line, int Column)? FindIndentingTab(string yaml)
    {
        // Almost no front matter holds a tab, and without one there is nothing to look for line by line.
        if (!yaml.Contains('\t')) return null;
        // Lines end at '\n' only (not span line enumeration, which also breaks at U+2028 and friends).
        var rest = yaml.AsSpan();
        for (var lineIndex = 0; ; lineIndex++)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            var indentEnd = 0;
            while (indentEnd < line.Length && line[indentEnd] is ' ' or '\t') indentEnd++;
            var tab = line[..indentEnd].IndexOf('\t');
            if (tab >= 0 && indentEnd < line.Length) return (lineIndex, tab + 1);
            if (end < 0) return null;
            rest = rest[(end + 1)..];
        }
    }

    private static (string Message, string? Hint) Explain(YamlException e, string yaml, int line, string what)
    {
        var inner = (e.InnerException as YamlException)?.Message ?? e.Message;
        var raw = StripPosition(inner);
        var lower = raw.ToLowerInvariant();
        if (lower.Contains("duplicate key"))
            return ($"a key appears twice in {what}", "keep one of the two lines; each field may be given once");
        if (lower.Contains("quoted scalar") || lower.Contains("end of stream") && lower.Contains("quote"))
            return ("a quoted value is never closed", "add the missing closing quote (\" or ')");
        if (lower.Contains("invalid mapping") || lower.Contains("mapping values are not allowed"))
        {
            // Both an unquoted `: ` inside a value and an indented field (read as the value above continuing) end up here.
            var text = yaml.Split('\n').ElementAtOrDefault(line - 1) ?? "";
            return text.Length > 0 && text[0] == ' ' && IsField(text.TrimStart())
                ? ("this line is indented, so YAML reads it as part of the line above", "start every field at the beginning of its line, with no spaces before the key")
                : ("a value contains `: ` where YAML does not allow it", "put the value in quotes, e.g. title: \"Specialist: Senior\"");
        }

        if (lower.Contains("did not find expected key") || lower.Contains("block mapping"))
            return ($"the indentation of {what} is inconsistent", "indent list items and nested fields with the same number of spaces");
        if (lower.Contains("alias") || lower.Contains("anchor"))
            return (YamlLimits.UnknownAlias, "write the value out in full instead of using & and *");
        return ($"{what} is not valid YAML: {raw}", "check the line for a missing quote, colon or indentation");
    }

    private static bool IsField(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && text[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-');
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 3) - (Line: …): "; the diagnostic carries the position itself.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
