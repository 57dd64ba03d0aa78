using System.Text;

namespace Rungs.ThemeCompiler;

/// <summary>Lines of C#, indented by the blocks they are in.</summary>
public sealed class CodeWriter(int indent = 0)
{
    private readonly StringBuilder _text = new();
    private int _indent = indent;

    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
    }

    /// <summary>Opens a block: `{` on a line of its own, and one level deeper after it.</summary>
    public void Open()
    {
        Line("{");
        _indent++;
    }

    /// <summary>Closes a block, with <paramref name="after"/> after its `}` (a `;` that ends an initializer).</summary>
    public void Close(string after = "")
    {
        _indent--;
        Line("}" + after);
    }

    public override string ToString() => _text.ToString();
}
