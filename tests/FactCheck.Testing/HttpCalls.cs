using System.Text;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace FactCheck.Testing;

/// <summary>Runs a handler on a real <see cref="DefaultHttpContext"/> and reads back what it wrote.</summary>
public static class HttpCalls
{
    public static DefaultHttpContext Request(string method, string path, string query = "", byte[]? body = null, string? contentType = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
        }

        context.Request.ContentType = contentType;
        context.Response.Body = new MemoryStream();
        return context;
    }

    public static DefaultHttpContext Request(string method, string path, string query, string body, string contentType) =>
        Request(method, path, query, Encoding.UTF8.GetBytes(body), contentType);

    public static async Task<Answer> RunAsync(HttpContext context, Func<HttpRequest, Task<IResult>> handler)
    {
        var result = await handler(context.Request);
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new Answer(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers, text);
    }

    public static Task<Answer> PatchFlagAsync(TestService service, string id, string flagId, string? etag, string body)
    {
        var context = Request("PATCH", $"/api/articles/{id}/flags/{flagId}", "", body, "application/json");
        if (etag is not null)
        {
            context.Request.Headers.IfMatch = etag;
        }

        return RunAsync(context, request => service.Articles.ReviewFlagAsync(request, id, flagId));
    }

    /// <summary>A response as the client sees it.</summary>
    public sealed record Answer(int Status, string? ContentType, IHeaderDictionary Headers, string Body)
    {
        public JObject Json => JObject.Parse(Body);
    }
}
