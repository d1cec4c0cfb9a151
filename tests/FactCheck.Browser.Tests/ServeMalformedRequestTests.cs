using System.Net.Sockets;
using System.Text;
using FactCheck.Browser.Tests.Infrastructure;

namespace FactCheck.Browser.Tests;

/// <summary>
/// A client that disconnects in the middle of its body (what a load generator does when it stops) is the client's
/// fault: factcheck serve answers it as a 400 (when the connection still takes an answer) and does not log it as a server failure.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ServeMalformedRequestTests(ServeFixture serve)
{
    [Fact]
    public async Task A_body_cut_short_is_a_client_error_not_a_server_failure()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(serve.BaseUrl.Host, serve.BaseUrl.Port);
        var stream = client.GetStream();
        var head = $"POST /api/check HTTP/1.1\r\nHost: {serve.BaseUrl.Authority}\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "Mevlut Cavusoglu spoke and then the"));
        client.Client.Shutdown(SocketShutdown.Send);

        // Two outcomes are both right, and which one happens is a race inside Kestrel: the handler reads the short body
        // and serve logs the request as malformed (a 400), or Kestrel aborts the request before the handler reads it and
        // nothing reaches serve's log. What must never happen is serve logging it as its own failure (a 500).
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!serve.ServeLog.Contains("Request POST /api/check was malformed", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.DoesNotContain("Request POST /api/check failed", serve.ServeLog);
        var checkLines = serve.ServeLog.Split('\n').Where(line => line.Contains("POST /api/check", StringComparison.Ordinal)).ToArray();
        Assert.All(checkLines, line => Assert.Contains("was malformed", line, StringComparison.Ordinal));
    }
}
