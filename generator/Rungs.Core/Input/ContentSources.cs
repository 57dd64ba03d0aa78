using Rungs.Diagnostics;

namespace Rungs.Input;

/// <summary>Every file of a content folder, in ordinal path order, plus the problems met while reading them.</summary>
public sealed record ContentSources(IReadOnlyList<SourceFile> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>How diagnostics name the content folder itself (`content`), for problems that belong to no file in it.</summary>
    public string DisplayRoot { get; init; } = "content";

    /// <summary>Builds sources from in-memory text, for tests and tools: path → file text.</summary>
    public static ContentSources FromText(IEnumerable<KeyValuePair<string, string>> files, string displayRoot = "content") =>
        new(files
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new SourceFile(f.Key, $"{displayRoot}/{f.Key}", TextDecoding.Normalise(f.Value)))
                .ToList(),
            [])
        {
            DisplayRoot = displayRoot,
        };
}
