namespace Rungs.Diagnostics;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean" hints.</summary>
public static class SpellingSuggestion
{
    /// <summary>The candidate nearest to <paramref name="input"/>, or null when none is plausibly meant.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(input, candidate);
            // A shared prefix or containment is a strong signal even when the edit distance is large
            // (`customer-service-rep` for `customer-service-representative`).
            if (candidate.StartsWith(input, StringComparison.Ordinal) || input.StartsWith(candidate, StringComparison.Ordinal))
                distance = Math.Min(distance, 2);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        var allowed = Math.Max(2, input.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }

        return d[a.Length, b.Length];
    }
}
