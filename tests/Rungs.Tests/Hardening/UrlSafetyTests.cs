using Rungs.Parsing;

namespace Rungs.Tests.Hardening;

/// <summary>Which URLs written in content may become a link or an image: an allow-list of schemes, read the way browsers read them.</summary>
public class UrlSafetyTests
{
    [Theory]
    [InlineData("../ksas/grammar/index.html")]
    [InlineData("#duties")]
    [InlineData("?q=clerk")]
    [InlineData("https://example.org/specs")]
    [InlineData("HTTP://EXAMPLE.ORG/")]
    [InlineData("mailto:hr@example.org")]
    [InlineData("tel:+15551234")]
    [InlineData("notes/a:b.html")]
    public void Relative_URLs_and_http_https_mailto_and_tel_are_safe(string url)
    {
        Assert.True(UrlSafety.IsSafe(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ja\u200Bvascript:alert(1)")]
    public void Every_other_scheme_is_unsafe_for_a_link(string url)
    {
        Assert.False(UrlSafety.IsSafe(url));
    }

    [Theory]
    [InlineData("data:image/png;base64,AAAA", true)]
    [InlineData("data:image/jpeg,AAAA", true)]
    [InlineData("DATA:IMAGE/GIF;base64,AAAA", true)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", false)]
    [InlineData("data:image/pngx;base64,AAAA", false)]
    [InlineData("data:text/html,hi", false)]
    public void An_image_may_also_be_a_raster_data_URL_but_never_SVG(string url, bool safe)
    {
        Assert.Equal(safe, UrlSafety.IsSafe(url, isImage: true));
    }
}
