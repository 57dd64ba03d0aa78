using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>The two parts of a content file: YAML front matter and the Markdown body, with their first lines.</summary>
public sealed record SplitFile(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Separates front matter (between `---` lines) from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    public static SplitFile? Split(string text, string displayPath, DiagnosticList diagnostics)
    {
        if (text.AsSpan().IsWhiteSpace())
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, SourcePosition.StartOf(displayPath),
                "the file is empty", "start the file with front matter: a line `---`, the fields (e.g. `title: …`), and another `---`");
            return null;
        }

        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstLineEnd)).TrimEnd();
        if (!firstLine.SequenceEqual("---"))
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, SourcePosition.StartOf(displayPath),
                "the file does not start with front matter",
                "the first line must be `---`, followed by the fields (e.g. `title: …`) and a closing `---` line");
            return null;
        }

        // Find the closing fence: a line that is exactly `---` (or `...`, YAML's document end).
        var position = firstLineEnd + 1;
        var line = 2;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)).TrimEnd();
            if (current is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new SplitFile(yaml, 2, body, line + 1);
            }

            if (end < 0) break;
            position = end + 1;
            line++;
        }

        diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, SourcePosition.StartOf(displayPath),
            "the front matter is never closed", "add a line `---` after the last front-matter field, before the text");
        return null;
    }
}
