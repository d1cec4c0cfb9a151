using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>A JSON response built from a <see cref="JToken"/>, with optional <c>Location</c> and <c>ETag</c> headers.</summary>
public sealed class JsonBodyResult : IResult, IStatusCodeHttpResult
{
    public JsonBodyResult(JToken body, int statusCode = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8")
    {
        Body = body;
        StatusCode = statusCode;
        ContentType = contentType;
    }

    public JToken Body { get; }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType { get; }

    public string? Location { get; init; }

    public string? ETag { get; init; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (ETag is not null)
        {
            response.Headers.ETag = ETag;
        }

        return response.WriteAsync(Body.ToString(Newtonsoft.Json.Formatting.Indented), httpContext.RequestAborted);
    }
}
