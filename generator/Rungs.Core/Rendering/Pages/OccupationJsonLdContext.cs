using System.Text.Json.Serialization;

namespace Rungs.Rendering.Pages;

/// <summary>
/// Serialisation code for <see cref="OccupationJsonLd"/>, generated at compile time (one per class page). The default
/// encoder escapes what could end a script element; absent values are left out.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OccupationJsonLd))]
internal sealed partial class OccupationJsonLdContext : JsonSerializerContext;
