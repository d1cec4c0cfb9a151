using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>
/// <c>GET /api/review</c> and <c>GET /api/review/{asset}</c>: the reviewers' page (HTML, CSS and JavaScript modules
/// embedded in this assembly). It serves only those fixed files and reads no data; the page calls the API for that.
/// </summary>
public sealed class ReviewPageHandler
{
    public const string IndexAsset = "index.html";

    private const string ResourcePrefix = "ReviewPage/";

    private static readonly FrozenDictionary<string, PageAsset> Assets = Load();

    /// <summary>The names of the page's files, for tests and diagnostics.</summary>
    public static IReadOnlyCollection<string> AssetNames => Assets.Keys;

    public IResult Get(HttpRequest request, string? asset)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = string.IsNullOrEmpty(asset) ? IndexAsset : asset;
        if (!Assets.TryGetValue(name, out var file))
        {
            return new PageProblemResult(new ProblemResult(StatusCodes.Status404NotFound, $"The review page has no file '{name}'; open /{ApiRoutes.Prefix}/review."));
        }

        var notModified = request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == file.ETag));
        return new PageAssetResult(file.Content, file.ContentType, file.ETag, notModified);
    }

    private static FrozenDictionary<string, PageAsset> Load()
    {
        var assembly = typeof(ReviewPageHandler).Assembly;
        var assets = new Dictionary<string, PageAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            var contentType = ContentTypeOf(name);
            if (contentType is null)
            {
                continue;
            }

            var content = Read(assembly, resource);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
            assets[name] = new PageAsset(content, contentType, etag);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded review page file '{resource}' cannot be read.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string? ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => null,
    };

    private sealed record PageAsset(byte[] Content, string ContentType, string ETag);
}
