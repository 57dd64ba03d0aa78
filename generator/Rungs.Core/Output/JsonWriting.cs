using System.Text.Json;

namespace Rungs.Output;

/// <summary>Small conveniences for writing JSON by hand (reports, the search index), where field order is part of the format.</summary>
public static class JsonWriting
{
    /// <summary>`"name": [ … ]` with each item written by <paramref name="write"/>.</summary>
    public static void WriteArray<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items) write(item);
        json.WriteEndArray();
    }

    /// <summary>`"name": [ {…}, … ]` with each object's fields written by <paramref name="fields"/>.</summary>
    public static void WriteObjects<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> fields) =>
        json.WriteArray(name, items, item =>
        {
            json.WriteStartObject();
            fields(item);
            json.WriteEndObject();
        });

    /// <summary>`"name": ["a", "b"]`.</summary>
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values) =>
        json.WriteArray(name, values, json.WriteStringValue);

    /// <summary>`"name": [1, 2]`.</summary>
    public static void WriteNumbers(this Utf8JsonWriter json, string name, IEnumerable<int> values) =>
        json.WriteArray(name, values, json.WriteNumberValue);
}
