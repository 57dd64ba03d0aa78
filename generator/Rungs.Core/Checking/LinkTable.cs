using System.Runtime.InteropServices;

namespace Rungs.Checking;

/// <summary>
/// What the link graph keeps of every page until the check, as numbers: each target path, name (ids and fragments),
/// raw link text that is not spelled the usual way, and distinct link once; each page its list of link numbers and
/// its set of ids, the sets shared by the pages that have the same (a few dozen sets for thousands of pages).
/// Adding is thread-safe; reading is for after the last page.
/// </summary>
internal sealed class LinkTable
{
    private readonly Lock _lock = new();
    private readonly TextNumbers _targets = new();
    private readonly TextNumbers _names = new();
    private readonly TextNumbers _raws = new();
    private readonly LinkNumbers _links = new();
    private readonly Dictionary<int[], int[]> _idSets = new(IdSetComparer.Instance);
    private readonly Dictionary<int[], int[]>.AlternateLookup<ReadOnlySpan<int>> _idSetsBySpan;

    // By target number: a target that is no page has none (its links are null).
    private PageLinks[] _pages = [];

    public LinkTable()
    {
        _idSetsBySpan = _idSets.GetAlternateLookup<ReadOnlySpan<int>>();
        // Name 0 is the empty fragment: a link without one.
        _names.Number("");
    }

    /// <summary>The number of the link <paramref name="raw"/>, resolved to <paramref name="kind"/> (not external), <paramref name="target"/> and <paramref name="fragment"/>.</summary>
    public int Link(string raw, LinkKind kind, ReadOnlySpan<char> target, ReadOnlySpan<char> fragment)
    {
        var code = 0;
        var spelled = kind != LinkKind.Outside && RawSpelling.TryEncode(raw, target, fragment, out code);
        lock (_lock)
        {
            var link = kind switch
            {
                LinkKind.Inside => new Link(_targets.Number(target), _names.Number(fragment), spelled ? code : ~_raws.Number(raw)),
                LinkKind.ThisPage => new Link(Checking.Link.ThisPage, _names.Number(fragment), spelled ? code : ~_raws.Number(raw)),
                _ => new Link(Checking.Link.OutOfSite, 0, ~_raws.Number(raw)),
            };
            return _links.Number(link);
        }
    }

    /// <summary>The number of an id's name.</summary>
    public int Name(ReadOnlySpan<char> name)
    {
        lock (_lock) return _names.Number(name);
    }

    /// <summary>Records a page: its link numbers packed by <see cref="PackedNumbers"/>, its id names each once.</summary>
    public void AddPage(string path, string? source, byte[] links, ReadOnlySpan<int> ids)
    {
        lock (_lock)
        {
            var number = _targets.Adopt(path);
            if (number >= _pages.Length) Array.Resize(ref _pages, Math.Max(number + 1, _pages.Length * 2));
            if (!_idSetsBySpan.TryGetValue(ids, out var idSet)) _idSets.Add(idSet = ids.ToArray(), idSet);
            _pages[number] = new PageLinks(source, links, idSet);
        }
    }

    /// <summary>Every distinct link, by number.</summary>
    public ReadOnlySpan<Link> Links => _links.All;

    /// <summary>The numbers of the pages, in the ordinal order of their paths.</summary>
    public int[] PagesByPath()
    {
        var pages = new List<int>();
        for (var number = 0; number < _pages.Length; number++)
            if (_pages[number].Links is not null) pages.Add(number);
        var sorted = pages.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(_targets[a], _targets[b]));
        return sorted;
    }

    public string Target(int number) => _targets[number];

    public bool TryFindTarget(string path, out int number) => _targets.TryFind(path, out number);

    public bool TryGetPage(int target, out PageLinks page)
    {
        page = target >= 0 && target < _pages.Length ? _pages[target] : default;
        return page.Links is not null;
    }

    public string Name(int number) => _names[number];

    /// <summary>The link's raw text, as its page had it (a link to its own page first given its page's number).</summary>
    public string Raw(Link link) => link.Raw >= 0 ? RawSpelling.Spell(link.Raw, _targets[link.Target], _names[link.Fragment]) : _raws[~link.Raw];

    /// <summary>Sets of id names compared by their numbers, and found by a span without making an array.</summary>
    private sealed class IdSetComparer : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
    {
        public static readonly IdSetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] set) => GetHashCode(set.AsSpan());

        public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<int> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(alternate));
            return hash.ToHashCode();
        }

        public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
    }
}
