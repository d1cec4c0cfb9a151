using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>Reads a request body up to a limit, without trusting <c>Content-Length</c> (chunked bodies have none).</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ProblemResult TooLarge(long maxBytes, string raiseTheLimit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is over the {maxBytes:N0}-byte limit; split the draft or {raiseTheLimit}.");
}
