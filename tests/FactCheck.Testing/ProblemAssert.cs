using FactCheck.Service.Http;

namespace FactCheck.Testing;

/// <summary>Asserts an answer is RFC 9457 problem details with a status and a detail that says what is wrong.</summary>
public static class ProblemAssert
{
    public static void Is(HttpCalls.Answer answer, int status, string detailPart)
    {
        Assert.True(answer.Status == status, $"Expected {status}, got {answer.Status}: {answer.Body}");
        Assert.Equal(ProblemResult.ContentType, answer.ContentType);
        var problem = answer.Json;
        Assert.Equal(status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.Equal("about:blank", (string?)problem["type"]);
        Assert.Contains(detailPart, Detail(answer), StringComparison.Ordinal);
    }

    public static string Detail(HttpCalls.Answer answer) => (string?)answer.Json["detail"] ?? string.Empty;
}
