using System.Runtime.CompilerServices;

namespace Rungs.Search;

/// <summary>
/// Gathers documents' distinct terms with the fields each occurs in, for one thread. Each term it meets gets a local
/// number and one string, so a word met again costs a lookup, not an allocation; a document's terms come out as
/// packed integers (local number and field mask), which the index then maps to its own terms once per distinct term.
/// </summary>
internal sealed class DocumentTermCollector : ITokenSink
{
    /// <summary>The field mask takes the low 8 bits of a packed term; the local term number the rest.</summary>
    public const int MaskBits = 8;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];
    private readonly List<bool> _isStopWord = [];
    private readonly List<int> _touched = [];
    private SearchField[] _masks = new SearchField[1024];
    private SearchField _field;
    private char[] _scratch = new char[256];

    // Section texts are decoded here, one after another, rather than into a string each.
    private char[] _decoded = new char[4096];

    public DocumentTermCollector(int number)
    {
        Number = number;
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Which collector this is, among those of one index build.</summary>
    public int Number { get; }

    /// <summary>Every term this collector has met, by local number.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>The document's distinct terms, each as `localNumber &lt;&lt; MaskBits | fieldMask`, in the order first met.</summary>
    public int[] Collect(SearchDocument document)
    {
        foreach (var (field, text) in document.Fields)
        {
            var chars = text.Read(ref _decoded);
            if (chars.IsEmpty) continue;
            _field = field;
            SearchTokenizer.Scan(chars, this, ref _scratch);
        }

        var packed = new int[_touched.Count];
        for (var i = 0; i < packed.Length; i++)
        {
            var id = _touched[i];
            packed[i] = id << MaskBits | (int)_masks[id];
            _masks[id] = 0;
        }

        _touched.Clear();
        return packed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void ITokenSink.Token(ReadOnlySpan<char> token)
    {
        token = NumberTerm.Of(token);
        if (!_lookup.TryGetValue(token, out var id))
        {
            var term = token.ToString();
            id = _terms.Count;
            _ids.Add(term, id);
            _terms.Add(term);
            _isStopWord.Add(SearchTokenizer.IsStopWord(term));
            if (id == _masks.Length) Array.Resize(ref _masks, _masks.Length * 2);
        }

        // Body text leaves out stop words (docs/search.md); other fields keep every token.
        if (_field == SearchField.Body && _isStopWord[id]) return;
        if (_masks[id] == 0) _touched.Add(id);
        _masks[id] |= _field;
    }
}
