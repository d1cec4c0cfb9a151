using System.Text.Json.Nodes;
using FactCheck.Core.Reports;
using FactCheck.Service.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FactCheck.Service.Hosting;

/// <summary>
/// What each endpoint of <see cref="EndpointRouteBuilderExtensions.MapFactCheckApi"/> tells the OpenAPI document that
/// its route and lambda cannot: the handlers read the query, headers and body themselves (to answer every mistake with
/// a problem naming it), so their parameters, bodies and answers are described here, one method per operation, with
/// the limits and names the handlers use. Operation ids are the Functions app's function names.
/// </summary>
internal static class ApiOperations
{
    private const string Json = "application/json";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RouteHandlerBuilder DescribeCheck(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("CheckText")
        .WithTags("check")
        .WithSummary("Check a draft sent in the request and answer with the report; nothing is stored.")
        .WithDescription("The body is the draft (plain text, Markdown, HTML or a .docx) or a JSON object with its text. "
            + "The answer is the CLI's JSON report plus `passed` and `failOn`, or the report in the `format` asked for.")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Parameters =
            [
                Query("failOn", "The lowest severity that makes `passed` false; `none` never fails.", Enum("info", "warning", "error", "none"), "warning"),
                Query("format", "The report format, as `factcheck check --format` names them; the JSON report when absent.", Enum(ReportFormat.All.Select(f => f.Name).ToArray()), ReportFormat.Json.Name),
                Query("name", "The report's path for this draft (a JSON body's `name` wins).", String(maxLength: CheckHandler.MaxNameLength), "request"),
            ];
            var draft = String("The draft itself, up to the draft limit (FactCheck__MaxDraftBytes, default 10 MiB).");
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["text/plain"] = new() { Schema = draft },
                    ["text/markdown"] = new() { Schema = draft },
                    ["text/html"] = new() { Schema = draft },
                    [Docx] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                    [Json] = new() { Schema = CheckRequest() },
                },
            };
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The draft was checked; `passed` says whether any flag is at or above `failOn`.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [Json] = new() { Schema = Report() },
                        [ReportFormat.Sarif.ContentType] = new() { Schema = Object("A SARIF 2.1.0 log, as `factcheck check --format sarif` writes it.", ("version", String()), ("runs", Array(Object()))) },
                        ["text/plain"] = new() { Schema = String("`format=text` or `format=line`: the report as `factcheck check` prints it in that format.") },
                    },
                },
            };
            AddProblems(operation, context,
                (400, "A bad query value (`failOn`, `format`, `name` over its limit), or a JSON body that is not one object of the fields below, with their types and limits."),
                (413, "The body is over the draft limit."),
                (415, "No Content-Type, or one FactCheck does not read."),
                (422, "The draft cannot be checked: empty, binary or corrupt."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeUpload(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("UploadDraft")
        .WithTags("drafts")
        .WithSummary("Store a draft in the drafts container; it is checked there and becomes an article.")
        .WithDescription("The Functions app's blob trigger checks the stored draft (always 202 `pending`); factcheck serve "
            + "checks it before answering (201 `done`, or 202 when a later upload or a delete came first, or when storage "
            + "or Azure AI Language failed after the draft was stored: the sweep checks it then).")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Parameters =
            [
                Query("name", "The draft's name, used as the blob name and (encoded) as the article id: 1 to 1,024 characters, "
                    + "`/`-separated segments, no `.` or `..` segment, no `\\`, `%` or control characters (docs/functions.md has the grammar).",
                    String(maxLength: 1024), required: true),
            ];
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The draft, with its own content type (kept on the blob).",
                Content = new Dictionary<string, OpenApiMediaType> { ["*/*"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } } },
            };
            var answer = Object("Where the article is and whether its check has run.",
                ("id", String("The article id.")),
                ("name", String("The draft name as stored.")),
                ("location", String("The article's URL, also in `Location`.")),
                ("check", Enum(DraftsHandler.CheckPending, DraftsHandler.CheckDone, "superseded", "deleted")),
                ("status", Enum("checked", "rejected")));
            var location = new Dictionary<string, IOpenApiHeader> { ["Location"] = new OpenApiHeader { Description = "The article to poll: /api/articles/{id}.", Schema = String() } };
            operation.Responses = new OpenApiResponses
            {
                ["201"] = new OpenApiResponse { Description = "factcheck serve checked this version: `check` is `done`, `status` how it ended.", Headers = location, Content = JsonContent(answer) },
                ["202"] = new OpenApiResponse { Description = "Stored; `check` is `pending` (still to come), `superseded` or `deleted`.", Headers = location, Content = JsonContent(answer) },
            };
            AddProblems(operation, context,
                (400, "No `name`, or a name that breaks the draft-name grammar (the detail names the rule)."),
                (413, "The body is over the draft limit."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeListArticles(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("ListArticles")
        .WithTags("review")
        .WithSummary("List one page of articles, optionally only those of some statuses.")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var status = Query("status", $"One or more of {ArticleListQuery.AllowedStatuses} (any case), comma-separated and/or repeated; all when absent.",
                Array(Enum("checked", "rejected", "failed")));
            status.Style = ParameterStyle.Form;
            status.Explode = true;
            operation.Parameters =
            [
                status,
                Query("top", "The page size.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = ArticlesHandler.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) }, ArticlesHandler.DefaultPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Query("continuationToken", "The previous page's `continuationToken`, sent back unchanged with the same `status`.", String(maxLength: ArticleListQuery.MaxTokenLength)),
            ];
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "One page; `continuationToken` is null on the last.",
                    Content = JsonContent(Object(null, ("articles", Array(Article())), ("continuationToken", Nullable(String())))),
                },
            };
            AddProblems(operation, context, (400, "A bad `status` or `top`, or a `continuationToken` this API did not issue for this listing (or storage no longer accepts)."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeGetArticle(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("GetArticle")
        .WithTags("review")
        .WithSummary("Read an article: its row, its extracted text and its flags in text order.")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            DescribePath(operation, "id", "The article id (the draft name with `~XX` escapes).");
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The article; flag offsets are UTF-16 code units into `text`.",
                    Headers = ETagHeader("The article row's etag."),
                    Content = JsonContent(Object(null, ("article", Article()), ("text", String("The extracted plain text.")), ("flags", Array(Flag())))),
                },
            };
            AddProblems(operation, context, (404, "No such article."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeReviewFlag(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("ReviewFlag")
        .WithTags("review")
        .WithSummary("Accept, dismiss or reopen a flag; the decision survives re-checks of the draft.")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            DescribePath(operation, "id", "The article id.");
            DescribePath(operation, "flagId", "The flag id (its fingerprint).");
            operation.Parameters!.Add(Header("If-Match", "The flag's `etag` from the last read, or `*` to overwrite: one weak entity tag (W/\"…\").", String(maxLength: IfMatchCondition.MaxLength), required: true));
            operation.Parameters.Add(Header("X-MS-CLIENT-PRINCIPAL-NAME", "Set by App Service authentication; the reviewer when present.", String(maxLength: ArticlesHandler.MaxReviewerLength)));
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "At most 64 KiB.",
                Content = JsonContent(ReviewRequest()),
            };
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse { Description = "The updated flag.", Headers = ETagHeader("The flag's new etag."), Content = JsonContent(Flag()) },
            };
            AddProblems(operation, context,
                (400, "A body that is not one object of the fields below, with their types and limits, or a reviewer name over its limit."),
                (404, "No such article or flag."),
                (412, "If-Match does not match the flag: it changed since it was read, or the value is no etag a flag ever had. Reload it."),
                (413, "The body is over 64 KiB."),
                (428, "No If-Match."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeGetPeople(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("GetPeople")
        .WithTags("archive")
        .WithSummary("Read the newsroom archive's record of the people under a name: spellings, offices, affiliations, decisions.")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Parameters =
            [
                Query("name", "A name or one word of it (any case, diacritics optional): every archived person with all its words.", String(maxLength: PeopleHandler.MaxNameLength), required: true),
            ];
            var articles = Array(Object(null, ("id", String()), ("date", String(format: "date")), ("title", Nullable(String()))));
            var person = Object(null,
                ("personKey", String("The folded full name.")),
                ("spellings", Array(Object(null, ("display", String()), ("articleCount", Integer()), ("firstSeen", String(format: "date")), ("lastSeen", String(format: "date")), ("articles", articles)))),
                ("offices", Array(Object(null, ("officeKey", String("office|nationality")), ("office", String()), ("articleCount", Integer()), ("firstSeen", String(format: "date")), ("lastSeen", String(format: "date")), ("articles", articles)))),
                ("affiliations", Array(Object(null, ("affiliationKey", String("The normalised party or organisation: democratic, republican, apple.")), ("affiliation", String()), ("articleCount", Integer()), ("firstSeen", String(format: "date")), ("lastSeen", String(format: "date")), ("articles", articles)))),
                ("decisions", Array(Object(null, ("kind", Enum("spelling", "office", "affiliation")), ("value", String()), ("verdict", Enum("established", "rejected")), ("date", String(format: "date")), ("articleId", Nullable(String()))))));
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The people under the name, most articles first; articles newest first (at most 5 each).",
                    Content = JsonContent(Object(null, ("name", String()), ("people", Array(person)))),
                },
            };
            AddProblems(operation, context,
                (400, "`name` missing, empty, repeated, without letters, or over 200 characters."),
                (404, "The archive knows no one of that name (or is off on this host)."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeReviewPage(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("ReviewPage")
        .WithTags("review")
        .WithSummary("The reviewers' page (`/api/review`) and its CSS, JavaScript and icon (`/api/review/{asset}`).")
        .WithDescription("Fixed files embedded in the app; no data. Anonymous in the Functions app: the page asks for the function key and sends it on its API calls.")
        .AddOpenApiOperationTransformer((operation, context, _) =>
        {
            DescribePath(operation, "asset", "The page's file: empty for the HTML page, else e.g. `app.js`, `review.css`.");
            operation.Security = [];
            operation.Parameters!.Add(Header("If-None-Match", "An etag of the file from an earlier answer.", String()));
            var file = String();
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The file, with its etag and the page's security headers (a strict Content-Security-Policy).",
                    Headers = ETagHeader("The file's content hash."),
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["text/html"] = new() { Schema = file },
                        ["text/css"] = new() { Schema = file },
                        ["text/javascript"] = new() { Schema = file },
                        ["image/svg+xml"] = new() { Schema = file },
                    },
                },
                ["304"] = new OpenApiResponse { Description = "If-None-Match matched the file's etag." },
            };
            AddProblems(operation, context, outages: false, (404, "The page has no such file."));
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeApiDocument(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("OpenApiDocument")
        .WithTags("api")
        .WithSummary("This document.")
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse { Description = "The OpenAPI 3.1 document of this API.", Content = JsonContent(Object()) },
            };
            return Task.CompletedTask;
        });

    /// <summary>The JSON body of <c>POST /api/check</c>; its fields are <see cref="CheckHandler.JsonFields"/>.</summary>
    internal static OpenApiSchema CheckRequest()
    {
        var schema = Object("The draft as JSON (send a .docx as the raw body instead).",
            ("text", String("The draft's text, up to the draft limit.")),
            ("format", Described(Enum("text", "plain", "txt", "markdown", "md", "html"), "How to read `text` (default text); may be null.")),
            ("name", Nullable(String("The report's path for this draft.", CheckHandler.MaxNameLength))));
        schema.Required = new HashSet<string> { "text" };
        schema.AdditionalPropertiesAllowed = false;
        return schema;
    }

    /// <summary>The JSON body of a flag review; its fields are <see cref="ArticlesHandler.ReviewFields"/>.</summary>
    internal static OpenApiSchema ReviewRequest()
    {
        var schema = Object(null,
            ("status", Enum("accepted", "dismissed", "open")),
            ("note", Nullable(String(maxLength: ArticlesHandler.MaxNoteLength))),
            ("reviewer", Nullable(String("Who decided; the X-MS-CLIENT-PRINCIPAL-NAME header wins.", ArticlesHandler.MaxReviewerLength))),
            ("reason", Nullable(Described(Enum(ArticlesHandler.ReviewReasons), "With `dismissed` only. `correct` on an archive flag: the draft is right, so its spelling or office becomes established in the archive. Accepting an archive flag confirms the archive's side."))));
        schema.Required = new HashSet<string> { "status" };
        schema.AdditionalPropertiesAllowed = false;
        return schema;
    }

    private static OpenApiSchema Report() => Object(
        "The CLI's JSON report (docs/report-format.md) for this one draft, plus the pipeline's verdict.",
        ("version", Described(Integer(), "The report format's version, 1.")),
        ("files", Array(Object("The draft's flags and entities, or `error`.", ("path", String()), ("recognizer", String()), ("flags", Array(ReportFlag())), ("entities", Array(Object()))))),
        ("summary", Object(null, ("files", Integer()), ("errors", Integer()), ("warnings", Integer()), ("infos", Integer()), ("failedFiles", Integer()))),
        ("passed", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
        ("failOn", Enum("info", "warning", "error", "none")));

    private static OpenApiSchema ReportFlag() => Object(
        "A flag: line and column are 1-based in the source, offsets UTF-16 code units into the extracted plain text.",
        ("id", String("Fingerprint of the rule and the evidence (never offsets).")),
        ("rule", String()),
        ("severity", Enum("error", "warning", "info")),
        ("message", String()),
        ("offset", Integer()),
        ("length", Integer()),
        ("line", Integer()),
        ("column", Integer()),
        ("text", String()),
        ("suggestion", String()),
        ("related", Array(Object(
            "Another place of the inconsistency in the draft, or (with `archive` and no location) an archived article behind an archive flag.",
            ("offset", Integer()), ("length", Integer()), ("line", Integer()), ("column", Integer()), ("text", String()),
            ("archive", Object("The archived article: `id`, `date` (YYYY-MM-DD), `title`."))))),
        ("archive", Object("An archive flag's evidence: the draft's claim, the archive's, and the archived articles behind it.")));

    private static OpenApiSchema Flag()
    {
        var flag = ReportFlag();
        flag.Description = "A stored flag: the report's flag plus its review.";
        flag.Properties!["status"] = Enum("open", "accepted", "dismissed", "resolved");
        flag.Properties["note"] = Nullable(String());
        flag.Properties["reviewer"] = Nullable(String());
        flag.Properties["reason"] = Nullable(Described(Enum(ArticlesHandler.ReviewReasons), "The review's reason, if any."));
        flag.Properties["archive"] = Nullable(Object("An archive flag's evidence.",
            ("draftClaim", ArchiveClaimSchema()), ("archiveSide", ArchiveClaimSchema()),
            ("articles", Array(Object(null, ("id", String()), ("date", String(format: "date")), ("title", Nullable(String()))))),
            ("summary", String())));
        flag.Properties["reviewedAt"] = Nullable(String(format: "date-time"));
        flag.Properties["etag"] = String("Send it as If-Match to review the flag.");
        return flag;
    }

    private static OpenApiSchema ArchiveClaimSchema() => Object(null, ("kind", Enum("spelling", "office", "affiliation")), ("personKey", String()), ("value", String()));

    private static OpenApiSchema Article() => Object(
        "A stored article (one per draft name).",
        ("id", String()),
        ("name", String()),
        ("status", Enum("checked", "rejected", "failed")),
        ("reason", Nullable(String("Why a rejected draft cannot be checked."))),
        ("lastError", Nullable(String("The last transient failure of a failed check."))),
        ("checkedAt", Nullable(String(format: "date-time"))),
        ("contentHash", Nullable(String("SHA-256 of the draft's bytes, lower-case hex."))),
        ("textHash", Nullable(String())),
        ("counts", Object(null, ("error", Integer()), ("warning", Integer()), ("info", Integer()))),
        ("recognizer", Nullable(String())),
        ("billedTextRecords", Nullable(Integer())),
        ("format", Nullable(String())),
        ("etag", String()));

    private static void AddProblems(OpenApiOperation operation, OpenApiOperationTransformerContext context, params (int Status, string When)[] problems) =>
        AddProblems(operation, context, outages: true, problems);

    private static void AddProblems(OpenApiOperation operation, OpenApiOperationTransformerContext context, bool outages, params (int Status, string When)[] problems)
    {
        var all = problems.ToList();
        if (outages)
        {
            // Answered by either host's failure middleware (FailureProblems), not by the handler itself.
            all.Add((StatusCodes.Status500InternalServerError, "FactCheck's own bug (logged), or Azure AI Language refusing the server's configuration: retrying will not help."));
            all.Add((StatusCodes.Status503ServiceUnavailable, "Storage or Azure AI Language is down; retry after Retry-After (seconds)."));
        }

        var problem = new OpenApiSchemaReference(ApiDocument.ProblemSchema, context.Document);
        foreach (var (status, when) in all.OrderBy(p => p.Status))
        {
            var response = new OpenApiResponse
            {
                Description = when,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemResult.ContentType] = new() { Schema = problem } },
            };
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                response.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait.", Schema = Integer() } };
            }

            operation.Responses![status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }
    }

    /// <summary>Adds the description to the path parameter the route gave the operation.</summary>
    private static void DescribePath(OpenApiOperation operation, string name, string description)
    {
        var parameter = operation.Parameters?.OfType<OpenApiParameter>().SingleOrDefault(p => p.Name == name && p.In == ParameterLocation.Path)
            ?? throw new InvalidOperationException($"The route has no path parameter '{name}'.");
        parameter.Description = description;
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema, string? defaultValue = null, bool required = false)
    {
        if (defaultValue is not null)
        {
            schema.Default = schema.Type == JsonSchemaType.Integer ? JsonValue.Create(int.Parse(defaultValue, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(defaultValue);
        }

        return new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Required = required, Schema = schema };
    }

    private static OpenApiParameter Header(string name, string description, OpenApiSchema schema, bool required = false) =>
        new() { Name = name, In = ParameterLocation.Header, Description = description, Required = required, Schema = schema };

    private static Dictionary<string, IOpenApiHeader> ETagHeader(string description) =>
        new() { ["ETag"] = new OpenApiHeader { Description = description, Schema = String() } };

    private static Dictionary<string, OpenApiMediaType> JsonContent(IOpenApiSchema schema) => new() { [Json] = new() { Schema = schema } };

    private static OpenApiSchema Object(string? description = null, params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.Length == 0 ? null : properties.ToDictionary(p => p.Name, p => p.Schema),
    };

    private static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    private static OpenApiSchema String(string? description = null, int? maxLength = null, string? format = null) =>
        new() { Type = JsonSchemaType.String, Description = description, MaxLength = maxLength, Format = format };

    private static OpenApiSchema Integer() => new() { Type = JsonSchemaType.Integer };

    private static OpenApiSchema Enum(params string[] values) =>
        new() { Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList() };

    private static OpenApiSchema Described(OpenApiSchema schema, string description)
    {
        schema.Description = description;
        return schema;
    }

    private static OpenApiSchema Nullable(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }
}
