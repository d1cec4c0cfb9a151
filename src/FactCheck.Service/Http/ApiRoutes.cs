namespace FactCheck.Service.Http;

/// <summary>The HTTP API's routes (relative to <c>/api</c>), shared by the Functions app's triggers and <c>factcheck serve</c>.</summary>
public static class ApiRoutes
{
    public const string Prefix = "api";

    public const string Check = "check";

    public const string Drafts = "drafts";

    public const string Articles = "articles";

    public const string Article = "articles/{id}";

    public const string Flag = "articles/{id}/flags/{flagId}";

    /// <summary>The newsroom archive's record of the people under a name: <c>people?name=…</c>.</summary>
    public const string People = "people";

    /// <summary>The review page: <c>review</c> is its HTML, <c>review/{asset}</c> its CSS and JavaScript.</summary>
    public const string Review = "review/{*asset}";

    /// <summary>The URL of the review page.</summary>
    public const string ReviewPage = "/" + Prefix + "/review";

    /// <summary>The URL a client polls for an article.</summary>
    public static string ArticleLocation(string id) => $"/{Prefix}/{Articles}/{id}";
}
