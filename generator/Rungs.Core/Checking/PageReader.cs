using System.Net;
using System.Runtime.InteropServices;

namespace Rungs.Checking;

/// <summary>
/// Reads one page at a time for one rendering thread into the <see cref="LinkTable"/>: the scanner's callbacks, the
/// tables that drop repeats, and the resolver are made once and reused. Each value the scanner reports is looked up
/// once, by its characters, in a table of the values this thread has met recently, which remembers where a link leads
/// from each folder depth where that depends on the depth alone (the header's, the footer's).
/// </summary>
internal sealed class PageReader
{
    // Past this many values, those not met on the thread's last pages are forgotten (between pages): the header's and
    // footer's links stay, while a page's own links are seldom met by the same thread again and would only be held.
    private const int Remembered = 512;
    private const int RecentPages = 64;

    // The tables are swept for forgotten values once every this many pages: a sweep reads the whole table, and pages
    // whose own links are many (a class page's comparisons) would otherwise have it read after every page.
    private const int SweepEvery = 16;

    private const int Unknown = 0;
    private const int External = 1;

    // A link's number as remembered: 0 and 1 are Unknown and External.
    private const int FirstLink = 2;

    private readonly LinkResolver _resolver;
    private readonly LinkTable _table;
    private readonly Dictionary<string, SeenLink> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeenLink>.AlternateLookup<ReadOnlySpan<char>> _linksBySpan;
    private readonly Dictionary<string, SeenId> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeenId>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly List<SeenLink> _pageLinks = [];
    private readonly List<int> _pageIds = [];
    private readonly List<int> _numbers = [];
    private readonly HtmlLinkScanner.ValueFound _onLink;
    private readonly HtmlLinkScanner.ValueFound _onAnchor;

    // Which page is being read, so that a value met again on it is known without a set per page.
    private int _page;

    public PageReader(LinkResolver resolver, LinkTable table)
    {
        _resolver = resolver;
        _table = table;
        _linksBySpan = _links.GetAlternateLookup<ReadOnlySpan<char>>();
        _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _onLink = OnLink;
        _onAnchor = OnAnchor;
    }

    /// <summary>Reads a page and adds it to the table.</summary>
    public void Read(string pagePath, ReadOnlySpan<char> html, string? sourcePath)
    {
        Forget(_links);
        Forget(_ids);
        _page++;
        _pageLinks.Clear();
        _pageIds.Clear();
        _numbers.Clear();
        HtmlLinkScanner.Scan(html, _onLink, _onAnchor);

        var folder = pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1);
        var depth = 0;
        foreach (var range in folder.Split('/'))
            if (!folder[range].IsEmpty) depth++;
        foreach (var seen in _pageLinks)
        {
            var known = seen.At(depth);
            if (known == Unknown)
            {
                var kind = _resolver.Resolve(folder, seen.Raw, out var target, out var fragment, out var byDepthOnly);
                known = kind == LinkKind.External ? External : FirstLink + _table.Link(seen.Raw, kind, target, fragment);
                if (byDepthOnly) seen.RememberAt(depth, known);
            }

            if (known != External) _numbers.Add(known - FirstLink);
        }

        // A page's ids are a set: two spellings of one id (`x`, `&#120;`) are one name; sorted, pages with the same ids share one.
        var ids = CollectionsMarshal.AsSpan(_pageIds);
        ids.Sort();
        var distinct = 0;
        foreach (var id in ids)
            if (distinct == 0 || ids[distinct - 1] != id) ids[distinct++] = id;
        _table.AddPage(pagePath, sourcePath, PackedNumbers.Pack(CollectionsMarshal.AsSpan(_numbers)), ids[..distinct]);
    }

    private void Forget<T>(Dictionary<string, T> seen) where T : Seen
    {
        if (seen.Count <= Remembered || _page % SweepEvery != 0) return;
        foreach (var (value, met) in seen)
            if (met.Page <= _page - RecentPages) seen.Remove(value);
        // A page with thousands of links (the list of all classes) leaves a table that size behind.
        if (seen.EnsureCapacity(0) > 4 * Math.Max(Remembered, seen.Count)) seen.TrimExcess();
    }

    private void OnLink(ReadOnlySpan<char> value)
    {
        // A query names no file: links that differ only in theirs (a class page's comparisons, a dozen per page) are one
        // link to check and to remember, and a broken one is named without its query.
        var query = value.IndexOf('?');
        if (query >= 0 && value[query..].IndexOf('#') < 0) value = value[..query];
        if (!_linksBySpan.TryGetValue(value, out var seen))
        {
            var raw = value.ToString();
            _links[raw] = seen = new SeenLink(raw);
        }

        if (seen.Page == _page) return;
        seen.Page = _page;
        _pageLinks.Add(seen);
    }

    private void OnAnchor(ReadOnlySpan<char> value)
    {
        if (!_idsBySpan.TryGetValue(value, out var seen))
        {
            var raw = value.ToString();
            _ids[raw] = seen = new SeenId(_table.Name(value.Contains('&') ? WebUtility.HtmlDecode(raw) : raw));
        }

        if (seen.Page == _page) return;
        seen.Page = _page;
        _pageIds.Add(seen.Name);
    }

    /// <summary>A value the thread has met.</summary>
    private abstract class Seen
    {
        /// <summary>The last page (of this thread) it was met on.</summary>
        public int Page;
    }

    /// <summary>A raw link value the thread has met, and what it is from each folder depth where that depends on the depth alone.</summary>
    private sealed class SeenLink(string raw) : Seen
    {
        public readonly string Raw = raw;

        private int[] _byDepth = [];

        /// <summary>What the link is from <paramref name="depth"/>: <see cref="Unknown"/>, <see cref="External"/>, or a link's number past <see cref="FirstLink"/>.</summary>
        public int At(int depth) => depth < _byDepth.Length ? _byDepth[depth] : Unknown;

        public void RememberAt(int depth, int known)
        {
            if (depth >= _byDepth.Length) Array.Resize(ref _byDepth, depth + 1);
            _byDepth[depth] = known;
        }
    }

    /// <summary>A raw id value the thread has met, as the number of the name it stands for.</summary>
    private sealed class SeenId(int name) : Seen
    {
        public readonly int Name = name;
    }
}
