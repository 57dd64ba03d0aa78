using Scriban.Runtime;

namespace Rungs.Rendering.Text;

/// <summary>Where a thread's templates write a page: one growing character buffer, kept from page to page.</summary>
/// <remarks>
/// Scriban's own output is a StringBuilder that it empties after each template; a page grows it chunk by chunk and
/// emptying it allocates a new chunk, so every page made garbage in proportion to its size. This buffer is allocated
/// once per thread (and grows to the largest page), and a page's text is handed on from it (to be scanned for links and encoded straight into the output) without a copy.
/// </remarks>
internal sealed class PageTextOutput : IScriptOutput
{
    // Most pages fit; the few very large ones (the all-classes table, the career map) grow it.
    private const int InitialChars = 64 * 1024;

    // A buffer grown past this by one huge page is dropped after it, so that each thread does not hold it for the build.
    private const int KeptChars = 4 * 1024 * 1024;

    // … and the buffer it keeps instead: big enough for the library pages' long class tables, so they do not grow it again.
    private const int AfterHugeChars = 1024 * 1024;

    private char[] _chars = new char[InitialChars];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        text.AsSpan(offset, count).CopyTo(Room(count));
        _length += count;
    }

    /// <summary>Writes generated markup straight into the buffer.</summary>
    public void Write(Markup markup)
    {
        var count = markup.Length;
        markup.CopyTo(Room(count));
        _length += count;
    }

    /// <summary>
    /// Writes <paramref name="text"/> HTML-escaped exactly as Scriban's `html.escape` escapes it (.NET's
    /// <see cref="System.Net.WebUtility.HtmlEncode(string)"/>), straight into the buffer rather than through a new string.
    /// </summary>
    public void WriteEscaped(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(HtmlEscaped.Chars);
            if (at < 0)
            {
                Append(rest);
                return;
            }

            Append(rest[..at]);
            rest = rest[(at + HtmlEscaped.Write(rest[at..], this))..];
        }
    }

    /// <summary>The text written since the last <see cref="Take"/>, as written (before the page's pass for forbidden characters).</summary>
    internal ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    internal void Append(ReadOnlySpan<char> chars)
    {
        chars.CopyTo(Room(chars.Length));
        _length += chars.Length;
    }

    /// <summary>Decodes a text kept compact straight into the buffer.</summary>
    public void Write(Content.CompactText text) => _length += text.CopyTo(Room(text.Length));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Empty: the page's text is taken with <see cref="Take"/>, never as a string. Scriban's Template.Render(context)
    /// returns its output's ToString(), which a page renders in place ignores.
    /// </summary>
    public override string ToString() => "";

    /// <summary>Hands the text written since the last call to <paramref name="handler"/>, then empties the buffer.</summary>
    public void Take(PageTextHandler handler)
    {
        try
        {
            // The page's one pass for characters HTML forbids, wherever they came from: content, a character reference
            // Markdown decoded (`&#12;`), a commit message or the theme.
            Content.ForbiddenCharacters.ReplaceIn(_chars.AsSpan(0, _length));
            handler(_chars.AsSpan(0, _length));
        }
        finally
        {
            _length = 0;
            if (_chars.Length > KeptChars) _chars = new char[AfterHugeChars];
        }
    }

    /// <summary>The free space for the next <paramref name="count"/> characters, grown first when the buffer is too small.</summary>
    private Span<char> Room(int count)
    {
        if (_length + count > _chars.Length) Grow(_length + count);
        return _chars.AsSpan(_length, count);
    }

    private void Grow(int needed)
    {
        // Doubling keeps many small writes linear; one big write (a table, the career map) gets its size and some room
        // for the rest of the page, rather than a doubling it will mostly not use.
        var grown = new char[Math.Max(_chars.Length * 2, needed + Math.Min(needed / 4, 1024 * 1024))];
        Array.Copy(_chars, grown, _length);
        _chars = grown;
    }
}
