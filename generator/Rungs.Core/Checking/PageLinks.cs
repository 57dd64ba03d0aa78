namespace Rungs.Checking;

/// <summary>A rendered page: where its broken links are reported (null: the page itself), its links' numbers packed, and its ids' names (shared).</summary>
internal readonly record struct PageLinks(string? Source, byte[] Links, int[] Ids);
