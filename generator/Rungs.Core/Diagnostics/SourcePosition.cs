namespace Rungs.Diagnostics;

/// <summary>A place in a source file: display path plus 1-based line and column.</summary>
public readonly record struct SourcePosition(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the file as a whole.</summary>
    public static SourcePosition StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
