namespace Rungs.Checking;

/// <summary>
/// Numbers texts in the order they are first met, each kept once and found by its characters, so that a text met
/// before costs no allocation. Not thread-safe: the <see cref="LinkTable"/> holding it locks.
/// </summary>
internal sealed class TextNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _texts = [];

    public TextNumbers() => _bySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _texts.Count;

    public string this[int number] => _texts[number];

    public bool TryFind(ReadOnlySpan<char> text, out int number) => _bySpan.TryGetValue(text, out number);

    public int Number(ReadOnlySpan<char> text) => TryFind(text, out var number) ? number : Add(text.ToString());

    public int Number(string text) => TryFind(text, out var number) ? number : Add(text);

    /// <summary>
    /// The number of <paramref name="text"/>, which from now on is the copy kept: a page's path is held by the output
    /// already, and the copy made when a link to the page was met first can go.
    /// </summary>
    public int Adopt(string text)
    {
        if (!TryFind(text, out var number)) return Add(text);
        if (!ReferenceEquals(_texts[number], text))
        {
            _numbers.Remove(text);
            _numbers.Add(text, number);
            _texts[number] = text;
        }

        return number;
    }

    private int Add(string text)
    {
        var number = _texts.Count;
        _texts.Add(text);
        _numbers.Add(text, number);
        return number;
    }
}
