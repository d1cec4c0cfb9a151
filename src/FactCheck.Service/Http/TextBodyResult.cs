using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>A 200 response whose body is already written text (a report in some format) with its media type.</summary>
public sealed class TextBodyResult : IResult, IStatusCodeHttpResult
{
    public TextBodyResult(string body, string contentType)
    {
        Body = body;
        ContentType = contentType;
    }

    public string Body { get; }

    public string ContentType { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(Body, httpContext.RequestAborted);
    }
}
