using System.Text.Json;
using System.Text.Json.Serialization;
using Rungs.Content;

namespace Rungs.Export;

/// <summary>
/// Writes a text the model keeps compact as a JSON string straight from its UTF-8 (the writer escapes it as it would
/// the string), instead of decoding it into a string for every class's data file. Data files are written, never read.
/// </summary>
internal sealed class CompactTextJsonConverter : JsonConverter<CompactText>
{
    public override CompactText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("class data files are written, not read");

    public override void Write(Utf8JsonWriter writer, CompactText value, JsonSerializerOptions options)
    {
        if (value.IsUtf8) writer.WriteStringValue(value.Utf8Bytes);
        else writer.WriteStringValue(value.ToString());
    }
}
