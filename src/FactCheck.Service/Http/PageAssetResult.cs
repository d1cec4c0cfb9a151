using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>One file of the review page, written with the security headers and a validator for conditional requests.</summary>
public sealed class PageAssetResult : IResult, IStatusCodeHttpResult
{
    private readonly ReadOnlyMemory<byte> _content;

    public PageAssetResult(ReadOnlyMemory<byte> content, string contentType, string etag, bool notModified)
    {
        _content = content;
        ContentType = contentType;
        ETag = etag;
        StatusCode = notModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK;
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType { get; }

    public string ETag { get; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        SecurityHeaders.Apply(response);
        response.StatusCode = StatusCode;
        response.Headers.ETag = ETag;

        // Revalidate every time: a deployment changes the page, and the ETag makes an unchanged one a cheap 304.
        response.Headers.CacheControl = "no-cache";
        if (StatusCode == StatusCodes.Status304NotModified)
        {
            return;
        }

        response.ContentType = ContentType;
        response.ContentLength = _content.Length;
        await response.Body.WriteAsync(_content, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
