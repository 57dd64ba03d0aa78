using System.Text;
using Rungs.Corpus;

namespace Rungs.Tests.Hardening;

/// <summary>
/// Breaks a content file in the ways hands and tools break files — flipped bytes, cut-off endings, lost and doubled
/// lines, stray tabs, colons, quotes and brackets, runs of nesting, aliases — deterministically from a seed, so a
/// failing case can be replayed. Each call applies one to four mutations.
/// </summary>
public static class ContentMutator
{
    private static readonly string[] Inserts =
    [
        "\t", ":", ": ", "\"", "'", "[", "]", "{", "}", "(", ")", "---\n", "...\n", "- ", "> ", "#", "*", "&a ", "*a", "!!str ",
        "|", ">-\n", "`", "<", "<script>", "](javascript:x)", "&amp;", "\\", "%", "@", "\u2028", "\uFEFF", "\r", "\n", "\0",
        "é", "🙂", "\u0301", "~", "null", "yes", "2010-13-45", "- - - ", "? ", ": |\n", "\n  - ", "<!--", "[^1]", "|---|\n",
    ];

    public static byte[] Mutate(byte[] original, SeededRandom random)
    {
        var bytes = original;
        var count = random.Between(1, 4);
        for (var n = 0; n < count; n++) bytes = MutateOnce(bytes, random);
        return bytes;
    }

    private static byte[] MutateOnce(byte[] bytes, SeededRandom random)
    {
        if (bytes.Length == 0) return Encoding.UTF8.GetBytes(Inserts[random.Next(Inserts.Length)]);
        switch (random.Next(10))
        {
            case 0:
            {
                // A flipped byte: usually invalid UTF-8, sometimes a different character.
                var copy = (byte[])bytes.Clone();
                copy[random.Next(copy.Length)] ^= (byte)random.Between(1, 255);
                return copy;
            }
            case 1:
                return bytes[..random.Next(bytes.Length)];
            default:
                return Encoding.UTF8.GetBytes(MutateText(Encoding.UTF8.GetString(bytes), random));
        }
    }

    private static string MutateText(string text, SeededRandom random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(8))
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            case 2:
            {
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            }
            case 3:
                lines[line] = new string(' ', random.Between(1, 9)) + lines[line];
                break;
            case 4:
            {
                // A run of one piece: nesting ten thousand deep, or a long line.
                var piece = Inserts[random.Next(Inserts.Length)];
                var times = random.Next(3) == 0 ? random.Between(100, 10_000) : random.Between(2, 20);
                lines[line] = Insert(lines[line], string.Concat(Enumerable.Repeat(piece, times)), random);
                break;
            }
            default:
                lines[line] = Insert(lines[line], Inserts[random.Next(Inserts.Length)], random);
                break;
        }

        return string.Join('\n', lines);
    }

    private static string Insert(string line, string piece, SeededRandom random) => line.Insert(random.Next(line.Length + 1), piece);
}
