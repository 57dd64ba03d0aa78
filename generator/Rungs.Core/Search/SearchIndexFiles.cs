using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rungs.Content;
using Rungs.Output;

namespace Rungs.Search;

/// <summary>Writes the search index as script files under `search/` (docs/search.md, "Files").</summary>
public static class SearchIndexFiles
{
    public const string Folder = "search";

    /// <summary>Documents per document-store chunk: small, so showing ten results loads little.</summary>
    public const int Chunk = 16;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static IEnumerable<OutputFile> Files(SearchIndex index)
    {
        var plan = FragmentPlan.For(index);
        var fragments = index.Terms.GroupBy(t => plan.KeyOf(t.Key)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var names = index.Names.GroupBy(n => plan.KeyOf(FirstToken(n.Key))).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var keys = fragments.Keys.Concat(names.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var chunks = (index.Documents.Count + Chunk - 1) / Chunk;
        var deep = plan.Deep.ToList();
        var terms = deep.Count == 0 ? null : new SearchTerms(index);

        // The manifest, every fragment, every split prefix's completions, every document chunk, the facets: independent
        // files, made in parallel, each thread with its own buffers. Together they are a few tens of MB at 10,000
        // classes, held until handed on.
        var files = new OutputFile[1 + keys.Count + deep.Count + chunks + 1];
        Parallel.For(0, files.Length, () => new ScriptBuffers(index.Documents.Count), (i, _, buffers) =>
        {
            var at = i - 1;
            files[i] = i == 0 ? Manifest(buffers, index, plan, keys)
                : at < keys.Count ? Fragment(buffers, keys[at], fragments.GetValueOrDefault(keys[at]) ?? [], names.GetValueOrDefault(keys[at]) ?? [])
                : (at -= keys.Count) < deep.Count ? Prefix(buffers, deep[at], PrefixCompletions.Of(deep[at], terms!, buffers.Completions), names.GetValueOrDefault(deep[at]) ?? [])
                : (at -= deep.Count) < chunks ? Documents(buffers, index, at)
                : Facets(buffers, index);
            return buffers;
        }, _ => { });
        return files;
    }

    private static OutputFile Manifest(ScriptBuffers buffers, SearchIndex index, FragmentPlan plan, List<string> keys) =>
        Script(buffers, "manifest", w =>
        {
            w.WriteNumber("version", 1);
            w.WriteNumber("docs", index.Documents.Count);
            w.WriteNumber("chunk", Chunk);
            w.WriteStartObject("split");
            foreach (var (c, length) in plan.Split) w.WriteNumber(c, length);
            w.WriteEndObject();
            w.WriteStrings("fragments", keys);
            // Only an index with fragments split past MaxSplit lists them: smaller sites' manifests stay as they were.
            if (plan.Deep.Count > 0) w.WriteStrings("deep", plan.Deep);
            w.WriteNumbers("weights", SearchWeights.ByBit);
            w.WriteStrings("types", ["Class", "Competency", "KSA", "Job model"]);
            // Classes come first (SearchDocuments.Of): the compare page's pickers keep the hits below this number.
            w.WriteNumber("classes", index.Documents.Count(d => d.Type == SearchType.Class));
            // Ranking runs before any document is loaded, so the few abolished classes it puts last are listed here.
            var former = Enumerable.Range(0, index.Documents.Count).Where(i => index.Documents[i].Status == SearchDocuments.Abolished).ToList();
            if (former.Count > 0) w.WriteNumbers("former", former);
        });

    private static OutputFile Fragment(ScriptBuffers buffers, string key, List<KeyValuePair<string, List<Posting>>> terms,
        List<KeyValuePair<string, List<int>>> names) =>
        Script(buffers, $"terms/{key}", w =>
        {
            w.WriteStartObject("terms");
            foreach (var (term, list) in terms)
            {
                w.WritePropertyName(term);
                w.WriteRawValue(PairsJson(list, buffers.Postings), skipInputValidation: true);
            }

            w.WriteEndObject();
            WriteNames(w, names);
        });

    // A split prefix's file: per document its best completion (`m`: document count, mask, exact; `d`: Δdoc, match), and
    // the names whose first token is the prefix, as its own fragment has them (the query may be such a name).
    private static OutputFile Prefix(ScriptBuffers buffers, string prefix, PrefixCompletions completions, List<KeyValuePair<string, List<int>>> names) =>
        Script(buffers, $"prefix/{prefix}", w =>
        {
            w.WriteStartObject("best");
            w.WriteNumbers("m", completions.Matches.SelectMany(m => new[] { m.Documents, m.Mask, m.Exact ? 1 : 0 }));
            w.WritePropertyName("d");
            w.WriteRawValue(PairsJson(completions.Best, buffers.Postings), skipInputValidation: true);
            w.WriteEndObject();
            WriteNames(w, names);
        });

    private static void WriteNames(Utf8JsonWriter w, List<KeyValuePair<string, List<int>>> names)
    {
        w.WriteStartObject("names");
        foreach (var (name, docs) in names)
        {
            w.WriteStartArray(name);
            foreach (var d in docs) w.WriteNumberValue(d);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static OutputFile Documents(ScriptBuffers buffers, SearchIndex index, int chunk) =>
        Script(buffers, $"docs/{chunk}", w =>
        {
            w.WriteStartArray("d");
            for (var i = chunk * Chunk; i < Math.Min(index.Documents.Count, (chunk + 1) * Chunk); i++)
            {
                var d = index.Documents[i];
                w.WriteStartObject();
                w.WriteString("t", d.Title);
                w.WriteString("u", d.Url);
                w.WriteNumber("k", (int)d.Type);
                w.WriteString("s", d.Series);
                w.WriteString("l", d.LevelLabel);
                w.WriteString("g", d.Grade);
                w.WriteString("c", d.Code);
                w.WriteString("f", d.Flsa);
                w.WriteString("x", d.Excerpt);
                if (d.HrisTitle is not null) w.WriteString("h", d.HrisTitle); // only classes have one: no null for the rest
                if (d.Organisation is not null) w.WriteString("o", d.Organisation);
                if (d.Pay is not null) w.WriteString("p", d.Pay);
                if (d.Status is not null) w.WriteString("z", d.Status);
                if (d.CompareName is not null) w.WriteString("n", d.CompareName);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    private static OutputFile Facets(ScriptBuffers buffers, SearchIndex index)
    {
        var docs = index.Documents;
        var series = docs.Select(d => d.Series).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var grades = docs.Select(d => d.Grade).OfType<string>().Distinct().OrderBy(GradeOrder).ThenBy(g => g, StringComparer.Ordinal).ToList();
        var flsa = docs.Select(d => d.Flsa).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        // Bands are compared by label: equal labels are one value even from two scales of the same currency and period.
        var pay = docs.Select(d => d.PayBand).OfType<PayBand>().DistinctBy(b => b.Label, StringComparer.Ordinal).Order(PayBand.Order).Select(b => b.Label).ToList();
        var payIndex = pay.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        return Script(buffers, "facets", w =>
        {
            w.WriteStrings("series", series);
            w.WriteStrings("grades", grades);
            w.WriteStrings("flsa", flsa);
            // Only a site with pay has the facet: other sites' facets.js stay as they were.
            if (pay.Count > 0) w.WriteStrings("pay", pay);
            w.WriteStartObject("doc");
            w.WriteNumbers("k", docs.Select(d => (int)d.Type));
            w.WriteNumbers("s", docs.Select(d => d.Series is null ? -1 : series.BinarySearch(d.Series, StringComparer.Ordinal)));
            w.WriteNumbers("g", docs.Select(d => d.Grade is null ? -1 : grades.IndexOf(d.Grade)));
            w.WriteNumbers("f", docs.Select(d => d.Flsa is null ? -1 : flsa.IndexOf(d.Flsa)));
            if (pay.Count > 0) w.WriteNumbers("p", docs.Select(d => d.PayBand is null ? -1 : payIndex[d.PayBand.Label]));
            w.WriteEndObject();
        });
    }

    // Grades are usually numbers ("9" before "13"); other grades sort after them, by text.
    private static double GradeOrder(string grade) => double.TryParse(grade, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : double.MaxValue;

    private static string FirstToken(string name) => name.IndexOf(' ') is var space and >= 0 ? name[..space] : name;

    /// <summary>
    /// A postings list as the JSON array `[delta, mask, …]`, exactly as the writer would put it, written by hand: the lists
    /// hold millions of small numbers, and the writer's per-value checks cost more than the digits. A prefix file's best
    /// completions (`[delta, match, …]`, millions more at 10,000 classes) are written the same way.
    /// </summary>
    private static ReadOnlySpan<byte> PairsJson<T>(List<T> list, ArrayBufferWriter<byte> json) where T : struct, IDocPair
    {
        json.ResetWrittenCount();
        // "[", then per pair two numbers of at most 10 digits, a comma each, and "]".
        var span = json.GetSpan(2 + list.Count * 22);
        var at = 0;
        span[at++] = (byte)'[';
        var previous = 0;
        foreach (var p in list)
        {
            if (at > 1) span[at++] = (byte)',';
            Utf8Formatter.TryFormat(p.Doc - previous, span[at..], out var written);
            at += written;
            span[at++] = (byte)',';
            Utf8Formatter.TryFormat(p.Value, span[at..], out written);
            at += written;
            previous = p.Doc;
        }

        span[at++] = (byte)']';
        json.Advance(at);
        return json.WrittenSpan;
    }

    /// <summary>A script that hands one named piece of the index to the client: `rungsSearch("name", {...});`.</summary>
    private static OutputFile Script(ScriptBuffers buffers, string name, Action<Utf8JsonWriter> write)
    {
        var buffer = buffers.Script;
        buffer.ResetWrittenCount();
        buffer.Write(Encoding.UTF8.GetBytes($"rungsSearch(\"{name}\", "));
        using (var w = new Utf8JsonWriter(buffer, Json))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }

        buffer.Write(");\n"u8);
        return new OutputFile($"{Folder}/{name}.js", buffer.WrittenSpan.ToArray());
    }

    /// <summary>
    /// One thread's buffers: the file being written, a postings array being formatted, and the arrays a split prefix's
    /// completions are worked out in (made when first needed). Each file is copied out when done.
    /// </summary>
    private sealed class ScriptBuffers(int documents)
    {
        private PrefixCompletions.Scratch? _completions;

        public PrefixCompletions.Scratch Completions => _completions ??= new PrefixCompletions.Scratch(documents);

        public ArrayBufferWriter<byte> Script { get; } = new(64 * 1024);

        public ArrayBufferWriter<byte> Postings { get; } = new(4 * 1024);
    }
}
