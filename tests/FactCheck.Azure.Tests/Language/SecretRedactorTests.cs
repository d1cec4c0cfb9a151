using FactCheck.Azure.Language;

namespace FactCheck.Azure.Tests.Language;

public sealed class SecretRedactorTests
{
    private const string Key = "sentinel+Key/5b1e7c0d9a4f2e86";

    private static readonly SecretRedactor Redactor = new([Key, "Bearer eyJ0eXAiOiJKV1Q.sentinel-token.c2lnbmF0dXJl"]);

    public static TheoryData<string, string> Echoes => new()
    {
        { "as sent", $"your key {Key} is invalid" },
        { "JSON-escaped", @"your key sentinel\u002BKey/5b1e7c0d9a4f2e86 is invalid" },
        { "JSON-escaped, lower-case hex and escaped slash", @"your key sentinel\u002bKey\/5b1e7c0d9a4f2e86 is invalid" },
        { "JSON in a JSON string", @"your key sentinel\\u002BKey/5b1e7c0d9a4f2e86 is invalid" },
        { "percent-encoded", "your key sentinel%2BKey%2F5b1e7c0d9a4f2e86 is invalid" },
        { "other case", $"your key {Key.ToUpperInvariant()} is invalid" },
        { "bearer token without its scheme", "your token eyJ0eXAiOiJKV1Q.sentinel-token.c2lnbmF0dXJl is invalid" },
    };

    [Theory]
    [MemberData(nameof(Echoes))]
    public void A_known_secret_is_redacted_however_the_service_encoded_it(string because, string echo)
    {
        var redacted = Redactor.Redact(echo);

        Assert.True(redacted is "your key [redacted] is invalid" or "your token [redacted] is invalid", $"{because}: {redacted}");
    }

    [Theory]
    [InlineData("Ocp-Apim-Subscription-Key: unknown0123456789", "Ocp-Apim-Subscription-Key: [redacted]")]
    [InlineData("""{"Ocp-Apim-Subscription-Key":["unknown0123456789"],"Accept":"application/json"}""", """{"Ocp-Apim-Subscription-Key":["[redacted]"],"Accept":"application/json"}""")]
    [InlineData("""{\"ocp-apim-subscription-key\":\"unknown\u002B0123456789\"}""", """{\"ocp-apim-subscription-key\":\"[redacted]\"}""")]
    [InlineData("Authorization=Bearer gateway-token-0123456789; Host=x", "Authorization=[redacted]; Host=x")]
    public void Whatever_follows_a_credential_header_name_is_redacted_even_when_unknown(string echo, string expected)
    {
        Assert.Equal(expected, new SecretRedactor([]).Redact(echo));
    }

    [Theory]
    [InlineData("Ocp-Apim-Subscription-Key=sentinel+Key/5b1e7c0d9a4f2e86;", "Ocp-Apim-Subscription-Key=[redacted];")]
    [InlineData("""{"Ocp-Apim-Subscription-Key":["sentinel+Key/5b1e7c0d9a4f2e86"]}""", """{"Ocp-Apim-Subscription-Key":["[redacted]"]}""")]
    [InlineData("Authorization: Bearer eyJ0eXAiOiJKV1Q.sentinel-token.c2lnbmF0dXJl", "Authorization: [redacted]")]
    public void A_known_secret_after_a_header_name_is_replaced_once(string echo, string expected)
    {
        Assert.Equal(expected, Redactor.Redact(echo));
    }

    [Theory]
    [InlineData("Job task parameter value 'bogus' is not supported for modelVersion.")]
    [InlineData("Access denied due to invalid subscription key or wrong API endpoint.")]
    [InlineData("Authorization failed for this resource.")]
    public void Ordinary_service_text_is_left_as_it_is(string text)
    {
        Assert.Equal(text, Redactor.Redact(text));
    }

    [Fact]
    public void Values_too_short_to_be_credentials_are_not_redacted_everywhere()
    {
        Assert.Equal("Invalid Request.", new SecretRedactor(["a", "Re"]).Redact("Invalid Request."));
    }

    [Fact]
    public void An_inner_exception_carrying_a_secret_is_not_kept()
    {
        var leaking = new InvalidOperationException("outer", new FormatException($"saw {Key}"));
        var clean = new InvalidOperationException("outer", new FormatException("saw nothing"));

        Assert.Null(Redactor.SafeInner(leaking));
        Assert.Same(clean, Redactor.SafeInner(clean));
    }
}
