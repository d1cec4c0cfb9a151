using System.Text;
using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Model;
using FactCheck.Core.Reports;
using FactCheck.Service.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace FactCheck.Service.Http;

/// <summary>
/// <c>POST /api/check</c>: checks the request body and answers with the CLI's JSON report plus <c>"passed"</c> for
/// pipelines, or in any other report format <c>?format=</c> names (<see cref="ReportFormat.All"/>). Nothing is stored.
/// </summary>
public sealed class CheckHandler
{
    /// <summary>The longest report path (<c>name</c>, in the query or the JSON body), in characters: a blob name's limit.</summary>
    public const int MaxNameLength = 1024;

    /// <summary>The fields of a JSON body; the OpenAPI document describes the same ones (a test holds them together).</summary>
    internal static readonly string[] JsonFields = ["text", "format", "name"];

    private readonly DocumentChecker _checker;
    private readonly ServiceOptions _options;
    private readonly IHouseSettings _house;
    private readonly ILogger<CheckHandler> _logger;

    public CheckHandler(DocumentChecker checker, ServiceOptions options, ILogger<CheckHandler> logger, IHouseSettings? house = null)
    {
        _checker = checker;
        _options = options;
        _logger = logger;
        _house = house ?? FixedHouseSettings.Default;
    }

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var query = request.Query;
        var failOnText = query["failOn"].ToString();
        Severity? failOn = SeverityNames.DefaultFailOn;
        if (failOnText.Length > 0 && !SeverityNames.TryParseThreshold(failOnText, out failOn))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"failOn '{failOnText}' is not one of info, warning, error, none.");
        }

        var formatText = query["format"].ToString();
        var format = ReportFormat.Json;
        if (formatText.Length > 0 && !ReportFormat.TryParse(formatText, out format))
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"format '{formatText}' is not one of {ReportFormat.Choices}.");
        }

        var body = await RequestBody.ReadAsync(request, _options.MaxDraftBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return RequestBody.TooLarge(_options.MaxDraftBytes, _options.RaiseDraftLimit);
        }

        var name = query["name"].ToString() is { Length: > 0 } given ? given : "request";
        if (name.Length > MaxNameLength)
        {
            return new ProblemResult(StatusCodes.Status400BadRequest, $"name is {name.Length:N0} characters long; the limit is {MaxNameLength:N0}.");
        }

        var input = ParseInput(request.ContentType, body, name);
        if (input.Problem is not null)
        {
            return input.Problem;
        }

        ExtractedDocument document;
        try
        {
            document = DocumentReader.Read(input.Name, input.Content!, new DocumentReaderOptions { MaxBytes = _options.MaxDraftBytes, Format = input.Format });
        }
        catch (DocumentInputException e)
        {
            return new ProblemResult(StatusCodes.Status422UnprocessableEntity, e is DocumentTooLargeException large ? large.WithAdvice(_options.RaiseDraftLimit) : e.Message);
        }

        var settings = await _house.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var file = await _checker.CheckAsync(document, settings, cancellationToken).ConfigureAwait(false);
        var passed = failOn is not { } threshold || !file.HasFlagsAtOrAbove(threshold);
        _logger.LogInformation("Checked request {Name}: {Flags} flags, passed {Passed}", input.Name, file.Flags.Count, passed);
        var report = new Report([file]);
        if (format != ReportFormat.Json)
        {
            // Every format answers as the CLI writes it; only the JSON answer carries "passed" for a pipeline to read.
            var source = document.Format == Core.Documents.DocumentFormat.Docx ? null : DecodedSource.Decode(input.Name, input.Content!);
            var written = format.Write(report, new ReportWriteOptions { SourceOf = path => path == file.Path ? source : null });
            return new TextBodyResult(written, format.ContentType);
        }

        var json = JsonReportWriter.ToJson(report);
        json["passed"] = passed;
        json["failOn"] = failOn?.ToName() ?? "none";
        return new JsonBodyResult(json);
    }

    private static CheckInput ParseInput(string? contentType, byte[] body, string name)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return CheckInput.Fail(new ProblemResult(StatusCodes.Status415UnsupportedMediaType, "The request has no Content-Type; send text/plain, text/markdown, text/html, a .docx or application/json."));
        }

        if (MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
            string.Equals(mediaType.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ParseJson(body, name);
        }

        var format = DraftFormats.FromContentType(contentType);
        return format is null
            ? CheckInput.Fail(new ProblemResult(StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{contentType}' is not one FactCheck reads; send text/plain, text/markdown, text/html, a .docx or application/json."))
            : new CheckInput(name, body, format, null);
    }

    private static CheckInput ParseJson(byte[] body, string name)
    {
        const string Example = """{"text": "...", "format": "markdown"}""";
        if (!JsonRequestBody.TryParse(body, JsonFields, Example, out var json, out var problem)
            || !json.TryGetString("text", int.MaxValue, out var text, out problem)
            || !json.TryGetString("format", maxLength: 16, out var formatName, out problem)
            || !json.TryGetString("name", MaxNameLength, out var jsonName, out problem))
        {
            return CheckInput.Fail(problem);
        }

        if (text is null)
        {
            return CheckInput.Fail(new ProblemResult(StatusCodes.Status400BadRequest, $"The JSON body needs a \"text\" string: {Example}."));
        }

        formatName ??= "text";
        Core.Documents.DocumentFormat? format = formatName.ToLowerInvariant() switch
        {
            "text" or "plain" or "txt" => Core.Documents.DocumentFormat.PlainText,
            "markdown" or "md" => Core.Documents.DocumentFormat.Markdown,
            "html" => Core.Documents.DocumentFormat.Html,
            _ => null,
        };
        if (format is null)
        {
            return CheckInput.Fail(new ProblemResult(StatusCodes.Status400BadRequest, $"format '{formatName}' is not one of text, markdown, html (send a .docx as the raw body instead)."));
        }

        return new CheckInput(jsonName is { Length: > 0 } ? jsonName : name, Encoding.UTF8.GetBytes(text), format, null);
    }

    private sealed record CheckInput(string Name, byte[]? Content, Core.Documents.DocumentFormat? Format, ProblemResult? Problem)
    {
        public static CheckInput Fail(ProblemResult problem) => new(string.Empty, null, null, problem);
    }
}
