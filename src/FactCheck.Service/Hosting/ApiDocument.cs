using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace FactCheck.Service.Hosting;

/// <summary>
/// The HTTP API's OpenAPI document. <c>factcheck serve</c> generates it from its mapped endpoints (their names, routes
/// and the descriptions <see cref="ApiOperations"/> attaches) and serves it at <c>/api/openapi.json</c>; the Functions
/// app, whose triggers are no ASP.NET Core endpoints, serves the generated copy checked in as <c>docs/openapi.json</c>
/// and embedded here (<see cref="CheckedInJson"/>). A test fails when the two differ.
/// </summary>
public static class ApiDocument
{
    /// <summary>The document's route, relative to <c>/api</c>.</summary>
    public const string Route = "openapi.json";

    public const string Name = "v1";

    public const string ContentType = "application/json; charset=utf-8";

    internal const string ProblemSchema = "Problem";

    internal const string FunctionKeyScheme = "functionKey";

    private const string ResourceName = "openapi.json";

    private static readonly Lazy<byte[]> CheckedIn = new(ReadCheckedIn);

    /// <summary>The generated document as checked in (<c>docs/openapi.json</c>), embedded in this assembly.</summary>
    public static byte[] CheckedInJson => CheckedIn.Value;

    /// <summary>Registers the document generator; <see cref="EndpointRouteBuilderExtensions.MapFactCheckApi"/> serves it.</summary>
    public static IServiceCollection AddFactCheckApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
        });

    /// <summary>The generated document as served: OpenAPI 3.1 JSON, <c>\n</c> line ends whatever the platform.</summary>
    public static async Task<string> GenerateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(Name);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken).ConfigureAwait(false);
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken).ConfigureAwait(false);
        return json.ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The checked-in document as an answer (the Functions app's).</summary>
    public static IResult ServeCheckedIn() => new DocumentResult(CheckedInJson);

    internal static async Task<IResult> ServeGeneratedAsync(HttpContext context)
    {
        var json = await GenerateAsync(context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        return new DocumentResult(Encoding.UTF8.GetBytes(json));
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "FactCheck HTTP API",
            Version = "1",
            Description = "Check news drafts for internal inconsistencies (POST /api/check), store drafts to be checked "
                + "(POST /api/drafts), and review the flags of stored articles. The same API is served by the Azure "
                + "Functions app and by `factcheck serve`; docs/functions.md is the narrative reference. Every offset is "
                + "a UTF-16 code unit offset into the extracted plain text; errors are RFC 9457 problem details.",
        };

        // Relative to wherever the document is read from: the Functions app's host name, or serve's loopback port.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details: the detail says what is wrong and what to do; it never carries an exception message, a key or an endpoint.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Const = "about:blank" },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The status code's reason phrase." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The one-line reason." },
            },
            Required = new HashSet<string> { "type", "title", "status", "detail" },
        };
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[FunctionKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "x-functions-key",
            Description = "The Functions app's function key (or ?code=…). factcheck serve takes no key: it binds loopback and refuses cross-origin writes.",
        };

        // A key in the Functions app, none from serve: either requirement is satisfied.
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(FunctionKeyScheme, document)] = [] },
            new OpenApiSecurityRequirement(),
        ];
    }

    /// <summary>Written without the host's services, like the other results, so it runs the same in both hosts.</summary>
    private sealed class DocumentResult(byte[] json) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = ContentType;
            httpContext.Response.ContentLength = json.Length;
            return httpContext.Response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
        }
    }

    private static byte[] ReadCheckedIn()
    {
        using var stream = typeof(ApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing from {typeof(ApiDocument).Assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
