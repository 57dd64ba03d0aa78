using System.Text.Json.Serialization;

namespace Rungs.Export;

/// <summary>
/// Serialisation code for <see cref="ClassRecord"/> generated at compile time: every class of a site is written once per
/// build, and generated code skips the reflection and metadata work the general serializer does.
/// </summary>
[JsonSerializable(typeof(ClassRecord))]
internal sealed partial class ClassRecordJson : JsonSerializerContext;
