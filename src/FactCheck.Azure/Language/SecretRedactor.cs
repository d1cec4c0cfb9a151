using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;

namespace FactCheck.Azure.Language;

/// <summary>
/// Takes secrets out of text that came from a service answer before it becomes part of a message (an exception, a
/// report diagnostic, a log line). A proxy or a misbehaving service may echo the request headers into its error
/// text; without this the Language key would reach stderr, the JSON report and the logs.
/// </summary>
/// <remarks>
/// Two passes. The known secrets (the configured key, the credential headers actually sent) are matched however
/// the answer encoded them: each character literally, as a JSON <c>\uXXXX</c> or backslash escape (also nested,
/// <c>\\u002B</c>, when the service serialized JSON into a JSON string), or percent-encoded. And whatever follows a
/// credential header's name (<c>Ocp-Apim-Subscription-Key: …</c>, <c>"Authorization":["Bearer …"]</c>) is
/// redacted even when it matches no known secret, so a header this process never saw (a token a gateway added)
/// does not leak either.
/// </remarks>
internal sealed partial class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Placeholder = "[redacted]";

    /// <summary>
    /// Shorter values are not real credentials (Azure keys are 32 hex or 84 base-62 characters, tokens longer
    /// still); redacting every occurrence of a few common letters would leave a message that no longer says
    /// what went wrong.
    /// </summary>
    private const int MinimumSecretLength = 8;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly string[] CredentialHeaderNames = [AzureLanguageEntityRecognizer.KeyHeaderName, HttpHeader.Names.Authorization];

    private static readonly string[] AuthorizationSchemes = ["Bearer ", "Basic ", "SharedKey "];

    private readonly string[] _secrets;
    private Regex? _known;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = secrets
            .SelectMany(WithoutScheme)
            .Where(s => s.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    /// <summary>A redactor for the configured key (when there is one) and every credential header <paramref name="request"/> carried.</summary>
    public static SecretRedactor For(Request request, string? configuredKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sent = CredentialHeaderNames.Select(name => request.Headers.TryGetValue(name, out var value) ? value : null);
        return new SecretRedactor([configuredKey, .. sent]);
    }

    /// <summary><paramref name="text"/> with every secret replaced by <see cref="Placeholder"/>; null stays null.</summary>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        try
        {
            if (_secrets.Length > 0)
            {
                _known ??= new Regex(string.Join('|', _secrets.Select(Pattern)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
                text = _known.Replace(text, Placeholder);
            }

            return CredentialHeaderValue().Replace(text, $"${{name}}${{separator}}{Placeholder}");
        }
        catch (RegexMatchTimeoutException)
        {
            // Text too tangled to search in time is withheld whole rather than shown with a secret possibly left in.
            return $"{Placeholder} (the service's text could not be checked for secrets)";
        }
    }

    /// <summary>True when <paramref name="text"/> holds something <see cref="Redact"/> would take out.</summary>
    public bool Finds(string? text) => !string.Equals(Redact(text), text, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="exception"/> when neither its message nor an inner one holds a secret, else null: whoever
    /// logs an exception prints its inner chain, so one carrying service text with a secret must not be attached.
    /// </summary>
    public Exception? SafeInner(Exception exception)
    {
        for (var inner = (Exception?)exception; inner is not null; inner = inner.InnerException)
        {
            if (Finds(inner.Message))
            {
                return null;
            }
        }

        return exception;
    }

    private static IEnumerable<string> WithoutScheme(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            yield break;
        }

        yield return trimmed;
        foreach (var scheme in AuthorizationSchemes)
        {
            if (trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                yield return trimmed[scheme.Length..].Trim();
            }
        }
    }

    /// <summary>Each character of <paramref name="secret"/> as itself or any of its escaped forms.</summary>
    private static string Pattern(string secret)
    {
        var pattern = new StringBuilder();
        foreach (var character in secret)
        {
            var forms = new List<string>
            {
                Regex.Escape(character.ToString()),
                $@"\\+u{(int)character:x4}",
            };
            if (character is '"' or '\\' or '/')
            {
                forms.Add(@"\\+" + Regex.Escape(character.ToString()));
            }

            if (!char.IsSurrogate(character))
            {
                forms.Add(string.Concat(Encoding.UTF8.GetBytes(character.ToString()).Select(b => "%" + b.ToString("x2", CultureInfo.InvariantCulture))));
            }

            pattern.Append("(?:").AppendJoin('|', forms).Append(')');
        }

        return pattern.ToString();
    }

    // A credential header's name, its separator (quotes, escaped quotes, ':' or '=', an array bracket) and the
    // value up to the next delimiter, JSON \u escapes included; a value the first pass already replaced is left.
    [GeneratedRegex("""(?<name>Ocp-Apim-Subscription-Key|Authorization)(?<separator>\\*["']?\s*[:=]\s*(?!\[?\s*\\*["']?\s*(?:(?:Bearer|Basic|SharedKey)\s+)?\[redacted\])\[?\s*\\*["']?\s*)(?<value>(?:(?:Bearer|Basic|SharedKey)\s+)?(?:\\+u[0-9a-f]{4}|[^\s"'\\,;\[\]{}])+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CredentialHeaderValue();
}
