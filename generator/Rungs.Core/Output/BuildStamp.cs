using System.Text.Json;
using Rungs.Diagnostics;

namespace Rungs.Output;

/// <summary>
/// What a written site was built from (<see cref="Pipeline.InputFingerprint"/>) and the warnings that build printed. Kept in
/// the output's marker file: when the inputs have not changed, `rungs build` keeps the output and prints the same warnings.
/// </summary>
public sealed record BuildStamp(string Inputs, IReadOnlyList<Diagnostic> Warnings)
{
    private const string InputsPrefix = "inputs: ";
    private const string WarningPrefix = "warning: ";

    /// <summary>The stamp as lines for the marker file.</summary>
    public string ToText() =>
        InputsPrefix + Inputs + "\n" + string.Concat(Warnings.Select(w => WarningPrefix + JsonSerializer.Serialize(w) + "\n"));

    /// <summary>Reads the stamp from a marker file's text; null when it has none or it does not parse.</summary>
    public static BuildStamp? Parse(string marker)
    {
        string? inputs = null;
        var warnings = new List<Diagnostic>();
        foreach (var line in marker.Split('\n'))
        {
            if (line.StartsWith(InputsPrefix, StringComparison.Ordinal)) inputs = line[InputsPrefix.Length..];
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

        return inputs is null ? null : new BuildStamp(inputs, warnings);
    }
}
