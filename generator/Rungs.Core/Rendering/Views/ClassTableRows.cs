using Rungs.Rendering.Text;

namespace Rungs.Rendering.Views;

/// <summary>The rows of a class table as a page at some depth shows them: each class's row, made once per class, written in turn.</summary>
internal sealed class ClassTableRows(IReadOnlyList<ClassTableRow> rows, string root, int length) : Markup
{
    public override int Length => length;

    public override void CopyTo(Span<char> destination)
    {
        foreach (var row in rows) destination = destination[row.CopyTo(destination, root)..];
    }
}
