using System.Text.Json;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Rendering.Pages;

/// <summary>
/// How the compare page finds the series of a class named in its address (`?a=…&amp;b=…`) on a site too large to list
/// every class on the page: a directory of class names (<see cref="ClassNames.FileName"/>) to series slugs, split by a
/// hash of the name into `compare/names/&lt;n&gt;.js` scripts of about <see cref="PerShard"/> classes each, so that a
/// pair costs two small files. Scripts that call `rungsCompareNames(n, {name: series, …})`, not JSON, so that they load
/// from disk (file://) too. compare.js computes the same hash (`shardOf`).
/// </summary>
public static class CompareNames
{
    /// <summary>The most classes the page lists as options; past this, each class is picked by typing (search index).</summary>
    public const int MaxListed = 500;

    public const string Folder = "compare/names";

    private const int PerShard = 256;

    /// <summary>
    /// The number of directory files the site has: 0 when its compare page lists every class, otherwise
    /// <see cref="ShardCount"/> of its classes.
    /// </summary>
    public static int Shards(SiteModel site) => site.Series.Sum(l => l.Levels.Count) is var classes && classes > MaxListed ? ShardCount(classes) : 0;

    /// <summary>
    /// The number of directory files for so many classes: a power of two, so that it changes (and every name moves)
    /// only when the site doubles, and a class added or edited changes one file.
    /// </summary>
    public static int ShardCount(int classes)
    {
        var shards = 1;
        while (shards * PerShard < classes) shards *= 2;
        return shards;
    }

    /// <summary>The directory file that holds a name: FNV-1a over its UTF-16 code units, masked to the shard count.</summary>
    public static int ShardOf(string name, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        return (int)(hash & (uint)(shards - 1));
    }

    public static string PathOf(int shard) => $"{Folder}/{shard}.js";

    /// <summary>The directory's files, none on a site whose compare page lists its classes.</summary>
    public static IEnumerable<OutputFile> Files(SiteModel site)
    {
        var shards = Shards(site);
        if (shards == 0) yield break;
        var names = site.Series.SelectMany(l => l.Levels.Select(c => (Name: site.ClassNames.FileName(c), Series: l.Slug)));
        foreach (var shard in names.GroupBy(n => ShardOf(n.Name, shards)).OrderBy(g => g.Key))
        {
            using var buffer = new MemoryStream();
            buffer.Write(System.Text.Encoding.ASCII.GetBytes($"rungsCompareNames({shard.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)}, "));
            // The default encoder escapes <, > and &, so no name can end the script early.
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                foreach (var (name, series) in shard.OrderBy(n => n.Name, StringComparer.Ordinal)) json.WriteString(name, series);
                json.WriteEndObject();
            }

            buffer.Write(");\n"u8);
            yield return new OutputFile(PathOf(shard.Key), buffer.ToArray());
        }
    }
}
