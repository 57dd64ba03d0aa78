using System.Collections.Concurrent;
using Rungs.Input;

namespace Rungs.Parsing;

/// <summary>
/// Parsed files by path and text, kept between builds by the dev server: a file whose text has not changed is not
/// parsed again, so an edit re-parses one file, not the site. Safe to use from the parse stage's parallel loop.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, (string Text, ParsedFile Result)> _files = new(StringComparer.Ordinal);

    /// <summary>How many files the last run parsed (the rest came from the cache).</summary>
    public int Parsed => _parsed;

    private int _parsed;

    internal ParsedFile GetOrParse(SourceFile file, Func<SourceFile, ParsedFile> parse)
    {
        // Files that could not be decoded are cheap to "parse" and have no text to compare: never cached.
        if (file.Text is null) return parse(file);
        if (_files.TryGetValue(file.RelativePath, out var cached) && string.Equals(cached.Text, file.Text, StringComparison.Ordinal))
            return cached.Result;
        Interlocked.Increment(ref _parsed);
        var result = parse(file);
        _files[file.RelativePath] = (file.Text, result);
        return result;
    }

    /// <summary>Forgets deleted files and starts counting the next run's parses.</summary>
    internal void KeepOnly(IReadOnlyList<SourceFile> files)
    {
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(p => !present.Contains(p)).ToList()) _files.TryRemove(path, out _);
    }

    private object? _settings;

    /// <summary>
    /// Resets <see cref="Parsed"/> before a run. <paramref name="settings"/> are the site-wide settings parsing depends on
    /// (compared with Equals): when they differ from the last run's, every file is parsed again.
    /// </summary>
    internal void StartRun(object? settings = null)
    {
        _parsed = 0;
        if (!Equals(settings, _settings)) _files.Clear();
        _settings = settings;
    }
}
