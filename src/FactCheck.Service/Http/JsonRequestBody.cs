using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactCheck.Service.Http;

/// <summary>
/// A JSON object request body whose fields are read with their types checked: every mistake is a 400 problem naming
/// the field, the type it must have and the type that was sent, never an exception out of a cast (which answered 500).
/// Strings are read as written: with Json.NET's default a note like "2026-05-01T10:00:00Z" became a date, then not a
/// string.
/// </summary>
internal sealed class JsonRequestBody
{
    private readonly JObject _json;

    private JsonRequestBody(JObject json)
    {
        _json = json;
    }

    /// <summary>Parses <paramref name="body"/> as one JSON object whose fields are all in <paramref name="fields"/>.</summary>
    public static bool TryParse(byte[] body, IReadOnlyList<string> fields, string example, [NotNullWhen(true)] out JsonRequestBody? parsed, [NotNullWhen(false)] out ProblemResult? problem)
    {
        parsed = null;
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(Encoding.UTF8.GetString(body)))
            {
                DateParseHandling = DateParseHandling.None,
            };
            root = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                problem = BadRequest($"The JSON body is not valid: there is more after the object ({reader.TokenType} at line {reader.LineNumber}, position {reader.LinePosition}); send one object like {example}.");
                return false;
            }
        }
        catch (JsonReaderException e)
        {
            problem = BadRequest($"The JSON body is not valid: {e.Message}");
            return false;
        }

        if (root is not JObject json)
        {
            problem = BadRequest($"The JSON body must be an object like {example}, not {Describe(root)}.");
            return false;
        }

        var unknown = json.Properties().Select(p => p.Name).FirstOrDefault(name => !fields.Contains(name, StringComparer.Ordinal));
        if (unknown is not null)
        {
            problem = BadRequest($"\"{Shorten(unknown)}\" is not a field of this body; its fields are {string.Join(", ", fields.Select(f => $"\"{f}\""))} (names are case-sensitive).");
            return false;
        }

        parsed = new JsonRequestBody(json);
        problem = null;
        return true;
    }

    /// <summary>
    /// A string field of at most <paramref name="maxLength"/> characters (UTF-16 code units); null when the field is
    /// absent or JSON null.
    /// </summary>
    public bool TryGetString(string field, int maxLength, out string? value, [NotNullWhen(false)] out ProblemResult? problem)
    {
        value = null;
        var token = _json[field];
        if (token is null || token.Type == JTokenType.Null)
        {
            problem = null;
            return true;
        }

        if (token.Type != JTokenType.String)
        {
            problem = BadRequest($"\"{field}\" must be a string, not {Describe(token)}.");
            return false;
        }

        var text = (string)token!;
        if (text.Length > maxLength)
        {
            problem = BadRequest($"\"{field}\" is {text.Length:N0} characters long; the limit is {maxLength:N0}.");
            return false;
        }

        value = text;
        problem = null;
        return true;
    }

    /// <summary>What a client sent, by JSON type, for messages ("an object", "a number").</summary>
    internal static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Null => "null",
        JTokenType.String => "a string",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static ProblemResult BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);
}
