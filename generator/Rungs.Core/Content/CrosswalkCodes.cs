using System.Text.RegularExpressions;

namespace Rungs.Content;

/// <summary>
/// The occupation codes a class may be crosswalked to: O*NET-SOC (`onet_soc`) and ISCO-08 (`isco`), their formats, code
/// sets and public pages.
/// </summary>
public static partial class CrosswalkCodes
{
    /// <summary>The O*NET-SOC taxonomy, as schema.org's `inCodeSet` names it.</summary>
    public const string OnetSocSetName = "O*NET-SOC";
    public const string OnetSocSetUrl = "https://www.onetcenter.org/taxonomy.html";

    /// <summary>ISCO-08, the ILO's International Standard Classification of Occupations.</summary>
    public const string IscoSetName = "ISCO-08";
    public const string IscoSetUrl = "https://isco.ilo.org/en/isco-08/";

    /// <summary>
    /// The O*NET-SOC code written, in its full form `NN-NNNN.NN`; a bare SOC code `NN-NNNN` is the O*NET occupation of
    /// the same name (`.00`), as O*NET numbers them. Null when the text is neither.
    /// </summary>
    public static string? OnetSoc(string written)
    {
        var match = OnetSocPattern().Match(written);
        if (!match.Success) return null;
        return match.Groups[2].Success ? written : written + ".00";
    }

    /// <summary>Whether the text is an ISCO-08 unit group: four digits.</summary>
    public static bool IsIsco(string written) => IscoPattern().IsMatch(written);

    /// <summary>The occupation's page on O*NET OnLine.</summary>
    public static string OnetOnlineUrl(string onetSoc) => $"https://www.onetonline.org/link/summary/{onetSoc}";

    [GeneratedRegex(@"^([0-9]{2}-[0-9]{4})(\.[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex OnetSocPattern();

    [GeneratedRegex(@"^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IscoPattern();
}
