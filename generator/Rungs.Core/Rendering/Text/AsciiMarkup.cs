using System.Buffers;
using System.Text;

namespace Rungs.Rendering.Text;

/// <summary>
/// Markup kept as the ASCII bytes it was made in (JSON whose encoder escapes every non-ASCII character), widened
/// straight into the page: half the memory of a string, and no transcoding into one first.
/// </summary>
public sealed class AsciiMarkup : Markup
{
    private readonly byte[] _bytes;

    /// <exception cref="ArgumentException">A byte is not ASCII.</exception>
    public AsciiMarkup(byte[] bytes)
    {
        if (!Ascii.IsValid(bytes)) throw new ArgumentException("the markup is not ASCII", nameof(bytes));
        _bytes = bytes;
    }

    public override int Length => _bytes.Length;

    public override void CopyTo(Span<char> destination)
    {
        if (Ascii.ToUtf16(_bytes, destination, out _) != OperationStatus.Done) throw new InvalidOperationException("the markup did not fit");
    }
}
