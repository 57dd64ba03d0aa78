using System.Text.Json;
using Rungs.Diagnostics;

namespace Rungs.Output;

/// <summary>
/// What a written site was built from (<see cref="Pipeline.InputFingerprint"/>) and the warnings that build printed. Kept in
/// the output's marker file: when the inputs have not changed, `rungs build` keeps the output and prints the same warnings.
/// </summary>
/// <param name="Date">
/// The day the build's lints compared with (`YYYY-MM-DD`) when a finding could depend on it (the effective-date lint on
/// and a spec with an `effective` date), else null: the same inputs on another day are then the same build.
/// </param>
public sealed record BuildStamp(string Inputs, IReadOnlyList<Diagnostic> Warnings, string? Date = null)
{
    private const string InputsPrefix = "inputs: ";
    private const string DatePrefix = "date: ";
    private const string WarningPrefix = "warning: ";

    /// <summary>Whether a build of the same inputs on <paramref name="today"/> (`YYYY-MM-DD`) would write what this one wrote.</summary>
    public bool Holds(string inputs, string today) => Inputs == inputs && (Date is null || Date == today);

    /// <summary>The stamp as lines for the marker file.</summary>
    public string ToText() =>
        InputsPrefix + Inputs + "\n" + (Date is null ? "" : DatePrefix + Date + "\n")
        + string.Concat(Warnings.Select(w => WarningPrefix + JsonSerializer.Serialize(w) + "\n"));

    /// <summary>Reads the stamp from a marker file's text; null when it has none or it does not parse.</summary>
    public static BuildStamp? Parse(string marker)
    {
        string? inputs = null;
        string? date = null;
        var warnings = new List<Diagnostic>();
        foreach (var line in marker.Split('\n'))
        {
            if (line.StartsWith(InputsPrefix, StringComparison.Ordinal)) inputs = line[InputsPrefix.Length..];
            else if (line.StartsWith(DatePrefix, StringComparison.Ordinal)) date = line[DatePrefix.Length..];
            else if (line.StartsWith(WarningPrefix, StringComparison.Ordinal))
            {
                try
                {
                    if (JsonSerializer.Deserialize<Diagnostic>(line[WarningPrefix.Length..]) is { } warning) warnings.Add(warning);
                    else return null;
                }
                catch (JsonException)
                {
                    return null;
                }
            }
        }

        return inputs is null ? null : new BuildStamp(inputs, warnings, date);
    }
}
