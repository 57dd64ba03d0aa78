namespace Rungs.Diagnostics;

/// <summary>Collects the diagnostics of one unit of work; stages return these instead of throwing.</summary>
public sealed class DiagnosticList
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, SourcePosition at, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, message, at, hint));

    public void Warning(string code, SourcePosition at, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, message, at, hint));

    /// <summary>All diagnostics in a stable order, whatever order the stages found them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var copy = _items.ToList();
        copy.Sort(Diagnostic.ByPosition);
        return copy;
    }
}
