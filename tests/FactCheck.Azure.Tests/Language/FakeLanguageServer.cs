using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Azure.Tests.Language;

/// <summary>
/// A local stand-in for Azure AI Language on Kestrel (127.0.0.1, a free port) speaking the documented
/// analyze-text wire format. By default it answers EntityRecognition/EntityLinking by finding the known names in
/// each document (ordinal search, so offsets are real UTF-16 offsets), rejects documents over 5,120 text elements
/// as the service does, and records every request. Tests queue scripted answers (errors, delays) ahead.
/// </summary>
public sealed class FakeLanguageServer : IAsyncDisposable
{
    public const string AnalyzeTextPath = "/language/:analyze-text";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeAnswer> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<KnownName> _names = [];
    private readonly List<(Func<string, bool> Matches, string Code, string Message)> _warnings = [];
    private readonly List<(Func<string, bool> Matches, string Code, string Message)> _documentErrors = [];

    private FakeLanguageServer(WebApplication app, Uri endpoint, X509Certificate2? certificate)
    {
        _app = app;
        Endpoint = endpoint;
        Certificate = certificate;
    }

    public Uri Endpoint { get; }

    /// <summary>The self-signed certificate when started with HTTPS.</summary>
    public X509Certificate2? Certificate { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeLanguageServer> StartAsync(bool https = false)
    {
        var certificate = https ? CreateCertificate() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        FakeLanguageServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new FakeLanguageServer(app, new Uri(address), certificate);
        return server;
    }

    public FakeLanguageServer Knows(params KnownName[] names)
    {
        _names.AddRange(names);
        return this;
    }

    public FakeLanguageServer Then(FakeAnswer answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public FakeLanguageServer WarnWhen(Func<string, bool> documentMatches, string code, string message)
    {
        _warnings.Add((documentMatches, code, message));
        return this;
    }

    public FakeLanguageServer FailDocumentWhen(Func<string, bool> documentMatches, string code, string message)
    {
        _documentErrors.Add((documentMatches, code, message));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
        Certificate?.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Query["api-version"].FirstOrDefault(), headers, body.ToArray(), DateTimeOffset.UtcNow);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        _script.TryDequeue(out var answer);
        if (answer is not null && answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (answer?.Status is int status)
        {
            context.Response.StatusCode = status;
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var scripted = answer.BodyFrom?.Invoke(recorded) ?? answer.Body;
            if (scripted is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted);
            }

            return;
        }

        if (recorded.Method != "POST" || recorded.Path != AnalyzeTextPath)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("""{"error":{"code":"404","message":"Resource not found"}}""");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Answer(recorded).ToJsonString());
    }

    private JsonObject Answer(RecordedRequest request)
    {
        var linking = request.Kind == "EntityLinking";
        var documents = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in request.Documents)
        {
            var failure = _documentErrors.FirstOrDefault(e => e.Matches(document.Text));
            if (new StringInfo(document.Text).LengthInTextElements > 5120)
            {
                failure = (_ => true, "InvalidDocument", "A document within the request was too large to be processed. Limit document size to: 5120 text elements.");
            }

            if (failure.Code is not null)
            {
                errors.Add(new JsonObject
                {
                    ["id"] = document.Id,
                    ["error"] = new JsonObject
                    {
                        ["code"] = "InvalidArgument",
                        ["message"] = "Invalid document in request.",
                        ["innererror"] = new JsonObject { ["code"] = failure.Code, ["message"] = failure.Message },
                    },
                });
                continue;
            }

            var warnings = new JsonArray();
            foreach (var warning in _warnings.Where(w => w.Matches(document.Text)))
            {
                warnings.Add(new JsonObject { ["code"] = warning.Code, ["message"] = warning.Message });
            }

            documents.Add(new JsonObject
            {
                ["id"] = document.Id,
                ["entities"] = linking ? Links(document.Text) : Entities(document.Text),
                ["warnings"] = warnings,
            });
        }

        return new JsonObject
        {
            ["kind"] = linking ? "EntityLinkingResults" : "EntityRecognitionResults",
            ["results"] = new JsonObject
            {
                ["documents"] = documents,
                ["errors"] = errors,
                ["modelVersion"] = "2025-06-01",
            },
        };
    }

    private JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        foreach (var name in _names)
        {
            foreach (var offset in Occurrences(text, name.Text))
            {
                var entity = new JsonObject
                {
                    ["text"] = name.Text,
                    ["category"] = name.Category,
                    ["offset"] = offset,
                    ["length"] = name.Text.Length,
                    ["confidenceScore"] = name.Confidence,
                };
                if (name.Type is not null)
                {
                    entity["type"] = name.Type;
                    entity["tags"] = new JsonArray(new JsonObject { ["name"] = name.Category, ["confidenceScore"] = name.Confidence });
                }

                if (name.Subcategory is not null)
                {
                    entity["subcategory"] = name.Subcategory;
                }

                entities.Add(entity);
            }
        }

        return entities;
    }

    private JsonArray Links(string text)
    {
        var links = new JsonArray();
        foreach (var name in _names.Where(n => n.LinkedId is not null))
        {
            var matches = new JsonArray();
            foreach (var offset in Occurrences(text, name.Text))
            {
                matches.Add(new JsonObject { ["text"] = name.Text, ["offset"] = offset, ["length"] = name.Text.Length, ["confidenceScore"] = 0.7 });
            }

            if (matches.Count > 0)
            {
                links.Add(new JsonObject
                {
                    ["name"] = name.LinkedId,
                    ["id"] = name.LinkedId,
                    ["language"] = "en",
                    ["dataSource"] = "Wikipedia",
                    ["url"] = "https://en.wikipedia.org/wiki/" + name.LinkedId!.Replace(' ', '_'),
                    ["matches"] = matches,
                });
            }
        }

        return links;
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + 1, StringComparison.Ordinal))
        {
            yield return index;
        }
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel on Linux needs the key in an exportable, persisted form; a PFX round trip gives that.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
