using System.Net;
using System.Net.Http.Headers;
using FactCheck.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;

namespace FactCheck.Service.Tests.Security;

/// <summary>
/// Every route that takes a body (found from the mapped endpoints, so a new one cannot slip past) refuses one over its
/// limit with 413, whether the client announces the length or streams it chunked without one.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RequestLimitTests(AzuriteFixture azurite)
{
    // Over every route's limit: MaxDraftBytes (set to 16 KiB here) for drafts and checks, 64 KiB for a review.
    private const int Oversized = 64 * 1024 + 1;

    [Fact]
    public async Task Every_body_accepting_route_refuses_an_oversized_body_with_413()
    {
        await using var app = await StartAsync();
        var client = app.GetTestClient();
        var routes = BodyRoutes(app).ToArray();
        Assert.Equal(["PATCH /api/articles/{id}/flags/{flagId}", "POST /api/check", "POST /api/drafts"], routes.Select(r => $"{r.Method} {r.Pattern}").Order());

        foreach (var (method, pattern) in routes)
        {
            var path = pattern.Replace("{id}", "desk%2Fstory.md", StringComparison.Ordinal).Replace("{flagId}", "0123456789abcdef", StringComparison.Ordinal);
            foreach (var announced in new[] { true, false })
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path + "?name=desk/big.txt")
                {
                    Content = announced ? new ByteArrayContent(new byte[Oversized]) : new StreamContent(new MemoryStream(new byte[Oversized])),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(method == "PATCH" ? "application/json" : "text/plain");
                request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
                if (!announced)
                {
                    request.Headers.TransferEncodingChunked = true;
                }

                var answer = await client.SendAsync(request);

                Assert.True(answer.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{method} {pattern} (announced length: {announced}) answered {(int)answer.StatusCode}");
            }
        }

        await app.StopAsync();
    }

    private static IEnumerable<(string Method, string Pattern)> BodyRoutes(WebApplication app) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Where(r => r.Method is "POST" or "PUT" or "PATCH");

    private Task<WebApplication> StartAsync() =>
        ServiceTestHost.StartAsync(azurite, options => options with { MaxDraftBytes = 16 * 1024 });
}
