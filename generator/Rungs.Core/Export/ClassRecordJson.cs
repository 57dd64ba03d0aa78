using System.Text.Json.Serialization;

namespace Rungs.Export;

/// <summary>
/// Serialisation code for <see cref="ClassRecord"/> generated at compile time: every class of a site is written once per
/// build, and generated code skips the reflection and metadata work the general serializer does. The options attribute
/// matters: without it the generated fast path is never taken. The encoder is set where the context is made
/// (<see cref="ClassDataFiles"/>); the fast path writes through that writer's escaping.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ClassRecord))]
internal sealed partial class ClassRecordJson : JsonSerializerContext;
