namespace Rungs.Search;

/// <summary>
/// How the index records a token made only of digits: without its leading zeros, so `1368` finds code `001368` and
/// `001368` finds it too (the client drops the zeros of a query's numbers the same way; docs/search.md, "Numbers").
/// </summary>
public static class NumberTerm
{
    /// <summary>True when the token is ASCII digits only (`155053`, `02`), not a code with letters (`aun04112`).</summary>
    public static bool IsNumber(ReadOnlySpan<char> token) => !token.IsEmpty && !token.ContainsAnyExceptInRange('0', '9');

    /// <summary>A number without its leading zeros (`001368` → `1368`, `000` → `0`); any other token as it is.</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[0] != '0' || !IsNumber(token)) return token;
        var zeros = token.IndexOfAnyExcept('0');
        return zeros < 0 ? token[^1..] : token[zeros..];
    }
}
