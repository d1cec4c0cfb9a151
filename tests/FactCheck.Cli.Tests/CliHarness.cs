using System.Text;
using FactCheck.Core.Rules;

namespace FactCheck.Cli.Tests;

/// <summary>A temporary working directory and an in-process <c>factcheck</c> run against it.</summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Directory = Path.Combine(Path.GetTempPath(), "factcheck-cli-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Services = new CliServices { CreateRules = () => [new WordRule("Davutoglu")] };
    }

    public string Directory { get; }

    public CliServices Services { get; set; }

    /// <summary>Terminal and colour settings of the simulated console.</summary>
    public Func<CliConsole, CliConsole> Console { get; set; } = console => console;

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return relativePath;
    }

    public Task<CliRun> RunAsync(params string[] args) => RunWithStdinAsync(null, args);

    public async Task<CliRun> RunWithStdinAsync(byte[]? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new MemoryStream(stdin ?? []);
        var console = new CliConsole(stdout, stderr) { Input = input, WorkingDirectory = Directory };
        var exitCode = await CliApp.RunAsync(args, Console(console), Services);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void UseRules(params IRule[] rules) => Services = Services with { CreateRules = () => rules };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>What one run printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
