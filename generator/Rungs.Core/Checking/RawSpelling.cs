namespace Rungs.Checking;

/// <summary>
/// A link's raw text told by where it leads, for links spelled the usual way: some `../`, the end of the target's path,
/// then `#` and the fragment when there is one. Such a text is held as one number, not as characters: the graph keeps
/// every distinct link of the site until the check, and needs the text only to word an error.
/// </summary>
internal static class RawSpelling
{
    private const int LengthBits = 20;
    private const int MaxUps = (1 << (31 - LengthBits)) - 1;

    /// <summary>The number that tells <paramref name="raw"/>, if it is the usual spelling of a link to <paramref name="target"/>.</summary>
    /// <remarks>The text is compared with what <see cref="Spell"/> would make, so the code stands for exactly this text.</remarks>
    public static bool TryEncode(ReadOnlySpan<char> raw, ReadOnlySpan<char> target, ReadOnlySpan<char> fragment, out int code)
    {
        code = 0;
        var ups = 0;
        while (raw[(ups * 3)..].StartsWith("../", StringComparison.Ordinal)) ups++;
        var path = raw[(ups * 3)..];
        if (fragment.IsEmpty)
        {
            if (path.Contains('#')) return false;
        }
        else
        {
            var tail = fragment.Length + 1;
            if (path.Length < tail || path[^tail] != '#' || !path.EndsWith(fragment, StringComparison.Ordinal)) return false;
            path = path[..^tail];
        }

        if (ups > MaxUps || path.Length >= 1 << LengthBits || !target.EndsWith(path, StringComparison.Ordinal)) return false;
        code = ups << LengthBits | path.Length;
        return true;
    }

    /// <summary>The raw text a <paramref name="code"/> from <see cref="TryEncode"/> stands for.</summary>
    public static string Spell(int code, string target, string fragment)
    {
        var ups = code >> LengthBits;
        var length = code & ((1 << LengthBits) - 1);
        return string.Concat(string.Concat(Enumerable.Repeat("../", ups)), target.AsSpan(target.Length - length),
            fragment.Length == 0 ? "" : "#" + fragment);
    }
}
