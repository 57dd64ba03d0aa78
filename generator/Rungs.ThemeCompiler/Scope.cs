namespace Rungs.ThemeCompiler;

/// <summary>What a template name stands for at a point of the generated code.</summary>
public abstract record Binding(string Name);

/// <summary>A value: a declared input, a local the template assigned, or a loop variable.</summary>
public sealed record ValueBinding(string Name, Typed Value, bool IsLoopVariable) : Binding(Name);

/// <summary>`for` inside a loop: its index, and its count where the sequence has one.</summary>
public sealed record LoopBinding(string Index, string? Count) : Binding("for");

/// <summary>A name whose value the compiler no longer knows (assigned in a branch, or by an included partial).</summary>
public sealed record UnknownBinding(string Name, string Why) : Binding(Name);

/// <summary>
/// The names of one template, block by block, as Scriban resolves them: the innermost binding wins (a loop variable
/// hides a global of the same name), then the template's declared inputs.
/// </summary>
public sealed class Scope(IReadOnlyDictionary<string, Typed> inputs)
{
    private readonly List<Frame> _frames = [new()];
    private readonly List<string> _usedInputs = [];

    /// <summary>The declared inputs the template read, in the order first read.</summary>
    public IReadOnlyList<string> UsedInputs => _usedInputs;

    public IReadOnlyDictionary<string, Typed> Inputs => inputs;

    public void Push() => _frames.Add(new Frame());

    public void Pop() => _frames.RemoveAt(_frames.Count - 1);

    /// <summary>What <paramref name="name"/> stands for here; null when the template never declared or set it.</summary>
    public Binding? Find(string name)
    {
        for (var i = _frames.Count - 1; i >= 0; i--)
            if (_frames[i].Names.TryGetValue(name, out var binding)) return binding;
        if (!inputs.TryGetValue(name, out var input)) return null;
        if (!_usedInputs.Contains(name)) _usedInputs.Add(name);
        return new ValueBinding(name, input, false);
    }

    /// <summary>Binds a loop's names in its own block (the innermost), leaving the blocks around it as they are.</summary>
    public void Hold(Binding binding) => _frames[^1].Names[binding.Name] = binding;

    /// <summary>Binds an assigned name in the innermost block. Outside it the name's value is no longer known: the block may not have run.</summary>
    public void Bind(Binding binding)
    {
        var name = binding.Name;
        for (var i = 0; i < _frames.Count - 1; i++)
            _frames[i].Names[name] = new UnknownBinding(name, $"`{name}` is set in a block above, which may not have run");
        _frames[^1].Names[name] = binding;
    }

    /// <summary>Forgets what a name holds in every block (an included partial set it).</summary>
    public void Forget(string name, string why)
    {
        foreach (var frame in _frames) frame.Names[name] = new UnknownBinding(name, why);
    }

    /// <summary>Notes that an expression's code is not null in the innermost block (it was tested).</summary>
    public void NotNull(string code) => _frames[^1].NotNull.Add(code);

    public bool IsNotNull(string code) => _frames.Any(f => f.NotNull.Contains(code));

    private sealed class Frame
    {
        public Dictionary<string, Binding> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> NotNull { get; } = new(StringComparer.Ordinal);
    }
}
