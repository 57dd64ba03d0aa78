using Rungs.Content;
using Rungs.Diagnostics;

namespace Rungs.Parsing;

/// <summary>
/// Replaces the characters no page may hold (<see cref="ForbiddenCharacters"/>) in a content file or a front-matter value,
/// with one RUNGS030 warning at the first of them, so the author can remove them and the build still goes on.
/// </summary>
internal static class ForbiddenCharacterWarning
{
    private const string Hint = "delete it: form feeds and other control characters usually come from converting a PDF or word-processor document";

    /// <param name="where">What the text is, for the message: "file" or "value".</param>
    /// <param name="at">The position of the character at an index of <paramref name="text"/>.</param>
    public static string Replace(string text, string where, Func<int, SourcePosition> at, DiagnosticList diagnostics)
    {
        var first = ForbiddenCharacters.IndexIn(text);
        if (first < 0) return text;
        var chars = text.ToCharArray();
        var count = ForbiddenCharacters.ReplaceIn(chars);
        var standIn = ForbiddenCharacters.StandIn(text[first]) == ' ' ? "a space" : "U+FFFD";
        var more = count switch
        {
            1 => "",
            2 => $", as is 1 more character in this {where}",
            _ => $", as are {count - 1} more characters in this {where}",
        };
        diagnostics.Warning(DiagnosticCodes.NotText, at(first), $"{ForbiddenCharacters.Name(text, first)} is not text; it is shown as {standIn}{more}", Hint);
        return new string(chars);
    }

    /// <summary>The line and column of an index of a file's text (LF line ends).</summary>
    public static SourcePosition PositionIn(string displayPath, string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourcePosition(displayPath, before.Count('\n') + 1, index - lineStart + 1);
    }
}
