using System.Text.Json.Serialization;

namespace Rungs.Rendering.Pages;

/// <summary>
/// Serialisation code for <see cref="OccupationJsonLd"/>, generated at compile time (one per class page); the options,
/// the encoder among them, are set where the context is made (<see cref="OccupationJsonLd"/>).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OccupationJsonLd))]
internal sealed partial class OccupationJsonLdContext : JsonSerializerContext;
