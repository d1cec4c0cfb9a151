using FactCheck.Service.Http;
using FactCheck.Testing;

namespace FactCheck.Functions.Tests;

/// <summary>The review page function answers from the shared handler: the page, its modules, the security headers.</summary>
public sealed class ReviewPageFunctionTests
{
    private readonly ReviewPage _function = new(new ReviewPageHandler());

    [Theory]
    [InlineData(null, "text/html; charset=utf-8")]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("app.js", "text/javascript; charset=utf-8")]
    [InlineData("review.css", "text/css; charset=utf-8")]
    public async Task Serves_the_embedded_page_with_its_content_type_and_security_headers(string? asset, string contentType)
    {
        var context = HttpCalls.Request("GET", "/api/review/" + asset);

        var answer = await HttpCalls.RunAsync(context, request => Task.FromResult(_function.Run(request, asset)));

        Assert.Equal(200, answer.Status);
        Assert.Equal(contentType, answer.ContentType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, answer.Headers.ContentSecurityPolicy.ToString());
        Assert.DoesNotContain("unsafe-inline", answer.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", answer.Headers.XContentTypeOptions.ToString());
        Assert.Equal("no-referrer", answer.Headers["Referrer-Policy"].ToString());
        Assert.NotEmpty(answer.Body);
    }

    [Theory]
    [InlineData("../FactCheck.Service.dll")]
    [InlineData("local.settings.json")]
    [InlineData("ReviewPage/app.js")]
    public async Task Anything_but_the_page_files_is_a_404_problem(string asset)
    {
        var context = HttpCalls.Request("GET", "/api/review/" + asset);

        var answer = await HttpCalls.RunAsync(context, request => Task.FromResult(_function.Run(request, asset)));

        Assert.Equal(404, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, answer.Headers.ContentSecurityPolicy.ToString());
    }
}
