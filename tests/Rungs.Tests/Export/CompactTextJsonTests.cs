using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rungs.Content;
using Rungs.Export;

namespace Rungs.Tests.Export;

/// <summary>Class data files write section texts straight from their compact UTF-8: the JSON must be what the string gives.</summary>
public sealed class CompactTextJsonTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain duties text")]
    [InlineData("</script><script>alert(1)</script> & 'quotes' \"double\"")]
    [InlineData("café – “quoted” \u2028 line \ud83d\ude00 emoji")]
    [InlineData("lone \ud800 surrogate")]
    public void A_compact_text_is_written_as_its_string_would_be(string text)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default, Converters = { new CompactTextJsonConverter() } };

        Assert.Equal(JsonSerializer.Serialize(text, options), JsonSerializer.Serialize(CompactText.Of(text), options));
    }
}
