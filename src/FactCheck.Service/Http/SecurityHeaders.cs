using Microsoft.AspNetCore.Http;

namespace FactCheck.Service.Http;

/// <summary>
/// The response headers that keep a hostile draft from running script in a reviewer's browser. The review page never
/// needs inline script or style (article text goes in as text nodes), so the policy allows only this origin's files.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No <c>unsafe-inline</c> or <c>unsafe-eval</c> anywhere: even a draft that slipped into the DOM as markup could not
    /// run script or inject style. <c>frame-ancestors 'none'</c> stops click-jacking of the accept/dismiss buttons.
    /// Trusted Types with no policy make the browser itself refuse every HTML-parsing sink (<c>innerHTML</c> and kin), so
    /// the page's rule "text goes in as text nodes" is enforced, not just followed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; " +
        "require-trusted-types-for 'script'; trusted-types 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        // Other sites may not embed these responses (a <script src> pointing at the API) nor keep a handle on the page.
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
    }
}
