using System.Globalization;
using System.Net.Http;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Azure.Language;

/// <summary>
/// Recognizes entities with Azure AI Language over REST (<c>POST {endpoint}/language/:analyze-text</c>, kind
/// <c>EntityRecognition</c>, optionally <c>EntityLinking</c>) on an Azure.Core pipeline: key or Entra ID auth,
/// retries on 408/429/5xx honouring <c>Retry-After</c>, a network timeout. Long texts are split within the
/// service limits and batched into the fewest requests; offsets come back as UTF-16 into the whole text.
/// </summary>
public sealed class AzureLanguageEntityRecognizer : IEntityRecognizer
{
    /// <summary>The Entra ID scope of Azure AI services.</summary>
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The header that carries a resource key.</summary>
    public const string KeyHeaderName = "Ocp-Apim-Subscription-Key";

    private readonly Uri _endpoint;
    private readonly LanguageClientOptions _options;
    private readonly HttpPipeline _pipeline;
    private readonly AnalyzeTextLimits _limits;
    private readonly AzureKeyCredential? _key;

    /// <summary>Authenticates with a resource key (local use only; Azure deployments use identity).</summary>
    public AzureLanguageEntityRecognizer(Uri endpoint, AzureKeyCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, new SubscriptionKeyPolicy(credential ?? throw new ArgumentNullException(nameof(credential))), options, AnalyzeTextLimits.Service)
    {
        _key = credential;
    }

    /// <summary>Authenticates with Entra ID (managed identity in Azure, developer credentials locally).</summary>
    public AzureLanguageEntityRecognizer(Uri endpoint, TokenCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), TokenScope), options, AnalyzeTextLimits.Service)
    {
    }

    internal AzureLanguageEntityRecognizer(Uri endpoint, HttpPipelinePolicy authentication, LanguageClientOptions? options, AnalyzeTextLimits limits)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The Azure AI Language endpoint '{endpoint}' is not an http(s) URL.", nameof(endpoint));
        }

        _endpoint = endpoint;
        _options = options ?? new LanguageClientOptions();
        _limits = limits;
        _pipeline = HttpPipelineBuilder.Build(_options, [], [authentication, new AttemptLog.Policy()], new ResponseClassifier());
    }

    public string Name => "azure";

    /// <summary>What besides the text decides the answer; the cache key includes it.</summary>
    public string CacheIdentity =>
        string.Join('|', Name, _options.ApiVersion, _options.ModelVersion, _options.DocumentLanguage, _options.UseEntityLinking ? "linking" : "no-linking");

    public async Task<RecognitionResult> RecognizeAsync(ExtractedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var pieces = DocumentSplitter.Split(text, _limits);
        if (pieces.Count == 0)
        {
            return new RecognitionResult([]) { Recognizer = Name };
        }

        var ids = Enumerable.Range(0, pieces.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var kinds = _options.UseEntityLinking
            ? new[] { AnalyzeTextRequestWriter.EntityRecognition, AnalyzeTextRequestWriter.EntityLinking }
            : [AnalyzeTextRequestWriter.EntityRecognition];
        var sizes = pieces.Select((p, i) => AnalyzeTextRequestWriter.DocumentBytes(ids[i], p.Text, _options.DocumentLanguage)).ToArray();
        var envelope = kinds.Max(k => AnalyzeTextRequestWriter.EnvelopeBytes(k, _options.ModelVersion, _options.DocumentLanguage));
        var batches = RequestBatcher.Plan(sizes, envelope, _limits);

        var spans = pieces.Select(_ => (IReadOnlyList<RecognizedSpan>)[]).ToArray();
        var links = pieces.Select(_ => (IReadOnlyList<LinkedSpan>)[]).ToArray();
        var diagnostics = new List<RecognizerDiagnostic>();
        var requests = 0;
        foreach (var batch in batches)
        {
            foreach (var kind in kinds)
            {
                var body = AnalyzeTextRequestWriter.Write(kind, batch.Select(i => (ids[i], pieces[i].Text)), _options.ModelVersion, _options.DocumentLanguage);
                var attempts = new AttemptLog();
                var sent = await SendAsync(body, attempts, cancellationToken).ConfigureAwait(false);
                var answer = sent.Answer;
                var redactor = sent.Redactor;
                requests++;
                if (attempts.Outcomes.Count > 1)
                {
                    diagnostics.Add(new RecognizerDiagnostic(RecognizerDiagnosticSeverity.Warning, "Retried",
                        $"{kind}: Azure AI Language answered on attempt {attempts.Outcomes.Count} after {string.Join(", ", attempts.Outcomes.SkipLast(1))}."));
                }
                if (kind == AnalyzeTextRequestWriter.EntityRecognition)
                {
                    var outcomes = Read(answer, AnalyzeTextResponseReader.ReadEntities, redactor);
                    Collect(outcomes, batch, ids, pieces, spans, diagnostics, kind, redactor);
                }
                else
                {
                    var outcomes = Read(answer, AnalyzeTextResponseReader.ReadLinks, redactor);
                    Collect(outcomes, batch, ids, pieces, links, diagnostics, kind, redactor);
                }
            }
        }

        var entities = EntityMerger.Merge(text, pieces, spans);
        if (_options.UseEntityLinking)
        {
            entities = EntityMerger.AttachLinks(entities, pieces, links);
        }

        var billed = pieces.Sum(p => (p.TextElements + AnalyzeTextLimits.CharactersPerTextRecord - 1) / AnalyzeTextLimits.CharactersPerTextRecord) * kinds.Length;
        return new RecognitionResult(entities)
        {
            Recognizer = Name,
            Usage = new RecognitionUsage(requests, billed),
            Diagnostics = diagnostics,
        };
    }

    private static void Collect<TSpan>(
        IReadOnlyList<DocumentOutcome<TSpan>> outcomes,
        IReadOnlyList<int> batch,
        string[] ids,
        IReadOnlyList<TextPiece> pieces,
        IReadOnlyList<TSpan>[] sink,
        List<RecognizerDiagnostic> diagnostics,
        string kind,
        SecretRedactor redactor)
    {
        foreach (var index in batch)
        {
            var outcome = outcomes.FirstOrDefault(o => o.Id == ids[index]);
            var where = pieces.Count == 1 ? "" : $" (characters {pieces[index].Start}-{pieces[index].End})";
            if (outcome is null)
            {
                diagnostics.Add(new RecognizerDiagnostic(RecognizerDiagnosticSeverity.Error, "MissingResult", $"{kind}: the service returned no result for part {index + 1} of {pieces.Count}{where}."));
                continue;
            }

            sink[index] = outcome.Spans;
            diagnostics.AddRange(outcome.Warnings.Select(w => w with { Code = redactor.Redact(w.Code)!, Message = $"{kind}: {redactor.Redact(w.Message)}{where}" }));
            if (outcome.Error is not null)
            {
                diagnostics.Add(outcome.Error with { Code = redactor.Redact(outcome.Error.Code)!, Message = $"{kind}: {redactor.Redact(outcome.Error.Message)}{where}; entities in this part are missing." });
            }
        }
    }

    private IReadOnlyList<DocumentOutcome<TSpan>> Read<TSpan>(JToken answer, Func<JToken, IReadOnlyList<DocumentOutcome<TSpan>>> read, SecretRedactor redactor)
    {
        try
        {
            return read(answer);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new LanguageServiceException(
                $"Azure AI Language at {_endpoint.Authority} answered in a shape FactCheck cannot read ({redactor.Redact(e.Message)}); check that the endpoint is an Azure AI Language resource and api-version {_options.ApiVersion} is supported.",
                200,
                null,
                isTransient: false,
                redactor.SafeInner(e));
        }
    }

    /// <summary>The answer, and the redactor for everything built from it (it knows the credentials the request carried).</summary>
    private async Task<(JToken Answer, SecretRedactor Redactor)> SendAsync(byte[] body, AttemptLog attemptLog, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        message.SetProperty(typeof(AttemptLog), attemptLog);
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/language/:analyze-text", escape: false);
        request.Uri.AppendQuery("api-version", _options.ApiVersion);
        request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        request.Content = RequestContent.Create(body);

        var attempts = _options.Retry.MaxRetries + 1;
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationFailedException e)
        {
            var redactor = RedactorFor(request);
            throw new LanguageServiceException(
                $"Could not get an Entra ID token for Azure AI Language ({redactor.Redact(FirstLine(e.Message))}): run 'az login' for local use, or check the managed identity and its client id ({Configuration.SettingNames.LanguageClientId}).",
                0,
                null,
                isTransient: false,
                redactor.SafeInner(e));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsNetworkFailure(e))
        {
            // After the last retry Azure.Core throws an AggregateException of every attempt's failure.
            var failures = e is AggregateException all ? all.Flatten().InnerExceptions : [e];
            if (failures.All(f => f is OperationCanceledException))
            {
                throw new LanguageServiceException(
                    $"Azure AI Language at {_endpoint.Authority} did not answer within {_options.Retry.NetworkTimeout.TotalSeconds:0.###} s ({attempts} attempts): check the endpoint and network.",
                    0,
                    null,
                    isTransient: true,
                    e);
            }

            var last = failures[^1];
            var redactor = RedactorFor(request);
            var reason = last is OperationCanceledException ? "timed out" : redactor.Redact(FirstLine(Innermost(last).Message));
            throw new LanguageServiceException(
                $"Azure AI Language at {_endpoint.Authority} is unreachable ({reason}) after {attempts} attempts: check the endpoint URL and network.",
                0,
                null,
                isTransient: true,
                redactor.SafeInner(e));
        }

        var response = message.Response;
        var answerRedactor = RedactorFor(request);
        if (response.Status == 200)
        {
            try
            {
                return (AnalyzeTextResponseReader.Parse(response.Content.ToMemory()), answerRedactor);
            }
            catch (JsonException e)
            {
                throw new LanguageServiceException(
                    $"Azure AI Language at {_endpoint.Authority} answered HTTP 200 with a body that is not JSON; check that the endpoint is an Azure AI Language resource.",
                    200,
                    null,
                    isTransient: false,
                    answerRedactor.SafeInner(e));
            }
        }

        throw Failure(response, attempts, answerRedactor);
    }

    private SecretRedactor RedactorFor(Request request) => SecretRedactor.For(request, _key?.Key);

    private LanguageServiceException Failure(Response response, int attempts, SecretRedactor redactor)
    {
        var (code, detail) = AnalyzeTextResponseReader.ReadError(response.Content.ToMemory());
        if (code is null && response.Headers.TryGetValue("x-ms-error-code", out var headerCode))
        {
            code = headerCode;
        }

        // The service's own words are worth showing, but some services (and proxies) echo the request headers.
        code = redactor.Redact(code);
        detail = redactor.Redact(detail);

        var said = (code, detail) switch
        {
            (null, null) => "",
            (_, null) => $", {code}",
            (null, _) => $": {FirstLine(detail)}",
            _ => $", {code}: {FirstLine(detail)}",
        };
        var service = $"Azure AI Language at {_endpoint.Authority}";
        var status = response.Status;
        return status switch
        {
            401 => new LanguageServiceException(
                $"{service} rejected the credentials (HTTP 401{said}): check the key in {Configuration.SettingNames.LanguageKeyEnvironmentVariable}, or give the identity the 'Cognitive Services User' role on the resource.",
                status, code, isTransient: false),
            403 => new LanguageServiceException(
                $"{service} refused the request (HTTP 403{said}): the resource's call quota may be exhausted (check its pricing tier and usage) or the identity lacks the 'Cognitive Services User' role.",
                status, code, isTransient: false),
            400 => new LanguageServiceException(
                $"{service} rejected the request as invalid (HTTP 400{said}): check api-version '{_options.ApiVersion}' and the model version '{_options.ModelVersion}'.",
                status, code, isTransient: false),
            404 => new LanguageServiceException(
                $"{service} has no analyze-text operation there (HTTP 404{said}): check the endpoint URL and api-version '{_options.ApiVersion}'.",
                status, code, isTransient: false),
            408 or 429 or >= 500 => new LanguageServiceException(
                $"{service} is unavailable (HTTP {status}{said}) after {attempts} attempts: try again later.",
                status, code, isTransient: true),
            _ => new LanguageServiceException($"{service} answered HTTP {status}{said}.", status, code, isTransient: false),
        };
    }

    private static bool IsNetworkFailure(Exception e) => e switch
    {
        AggregateException all => all.Flatten().InnerExceptions.All(IsNetworkFailure),
        OperationCanceledException or HttpRequestException or IOException => true,
        RequestFailedException failed => failed.Status == 0,
        _ => false,
    };

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).ToString();
    }
}
