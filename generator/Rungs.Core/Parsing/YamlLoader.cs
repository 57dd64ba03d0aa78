using Rungs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rungs.Parsing;

/// <summary>Loads a YAML mapping with positions, turning YamlDotNet's exceptions into plain-language diagnostics.</summary>
public static class YamlLoader
{
    /// <summary>The root mapping, an empty mapping for empty YAML, or null when the YAML is broken.</summary>
    public static YamlMappingNode? LoadMapping(string yaml, string displayPath, int firstLine, DiagnosticList diagnostics)
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
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var at = new SourcePosition(displayPath, firstLine + (int)e.Start.Line - 1, (int)Math.Max(1, e.Start.Column));
            var (message, hint) = Explain(e);
            diagnostics.Error(DiagnosticCodes.InvalidYaml, at, message, hint);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            return mapping;

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(DiagnosticCodes.NotAMapping, new SourcePosition(displayPath, firstLine + (int)root.Start.Line - 1, (int)root.Start.Column),
            "the front matter must be a list of `key: value` lines", "write one field per line, e.g. `title: Customer Service Assistant`");
        return null;
    }

    private static (int Line, int Column)? FindIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentEnd = 0;
            while (indentEnd < lines[i].Length && lines[i][indentEnd] is ' ' or '\t') indentEnd++;
            var tab = lines[i].IndexOf('\t', 0, indentEnd);
            if (tab >= 0 && indentEnd < lines[i].Length) return (i, tab + 1);
        }

        return null;
    }

    private static (string Message, string? Hint) Explain(YamlException e)
    {
        var inner = (e.InnerException as YamlException)?.Message ?? e.Message;
        var raw = StripPosition(inner);
        var lower = raw.ToLowerInvariant();
        if (lower.Contains("duplicate key"))
            return ("a key appears twice in the front matter", "keep one of the two lines; each field may be given once");
        if (lower.Contains("quoted scalar") || lower.Contains("end of stream") && lower.Contains("quote"))
            return ("a quoted value is never closed", "add the missing closing quote (\" or ')");
        if (lower.Contains("mapping values are not allowed"))
            return ("a value contains `: ` where YAML does not allow it", "put the value in quotes, e.g. title: \"Specialist: Senior\"");
        if (lower.Contains("did not find expected key") || lower.Contains("block mapping"))
            return ("the indentation of the front matter is inconsistent", "indent list items and nested fields with the same number of spaces");
        if (lower.Contains("alias") || lower.Contains("anchor"))
            return ("the front matter uses a YAML anchor or alias that cannot be resolved", "write the value out in full instead of using & and *");
        return ($"the front matter is not valid YAML: {raw}", "check the line for a missing quote, colon or indentation");
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 3) - (Line: …): "; the diagnostic carries the position itself.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
