using System.Text;

namespace Rungs.Comparison;

/// <summary>Collects words into segments, merging each word into the previous segment when the change is the same.</summary>
internal sealed class SegmentBuilder
{
    // One text buffer per thread, taken while a diff is built: every word diff of a site builds segments, and a new
    // buffer grew afresh each time.
    [ThreadStatic]
    private static StringBuilder? t_spare;

    private readonly List<WordSegment> _done = [];
    private readonly StringBuilder _text = TakeSpare();
    private WordChange _change;

    public void Add(WordChange change, ReadOnlySpan<char> word)
    {
        if (_text.Length > 0 && change != _change) Flush();
        if (_text.Length > 0) _text.Append(' ');
        _change = change;
        _text.Append(word);
    }

    /// <summary>Adds words [from, to) of <paramref name="words"/> with one change; nothing when the range is empty.</summary>
    public void AddRun(WordChange change, TokenizedText words, int from, int to)
    {
        for (var k = from; k < to; k++) Add(change, words.Word(k));
    }

    /// <summary>The segments; the builder must not be used afterwards.</summary>
    public IReadOnlyList<WordSegment> Build()
    {
        Flush();
        // A buffer grown by a huge text is left for the collector rather than kept for the thread's life.
        if (_text.Capacity <= 4096) t_spare = _text;
        return _done.ToArray();
    }

    private static StringBuilder TakeSpare()
    {
        var spare = t_spare ?? new StringBuilder();
        t_spare = null;
        return spare;
    }

    private void Flush()
    {
        if (_text.Length == 0) return;
        _done.Add(new WordSegment(_change, _text.ToString()));
        _text.Clear();
    }
}
