using System.Text;

namespace Rungs.Comparison;

/// <summary>Collects words into segments, merging each word into the previous segment when the change is the same.</summary>
internal sealed class SegmentBuilder
{
    private readonly List<WordSegment> _done = [];
    private readonly StringBuilder _text = new();
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

    public IReadOnlyList<WordSegment> Build()
    {
        Flush();
        return _done.ToArray();
    }

    private void Flush()
    {
        if (_text.Length == 0) return;
        _done.Add(new WordSegment(_change, _text.ToString()));
        _text.Clear();
    }
}
