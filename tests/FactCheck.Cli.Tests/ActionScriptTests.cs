using System.Diagnostics;
using FactCheck.Core.Tests;
using FactCheck.Core.Tests.Reports;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Tests;

/// <summary>
/// The GitHub Action's shell steps (<c>tools/action/run.sh</c>) run here against a temporary git repository whose
/// last commit changes drafts, with the real factcheck and a stub <c>reviewdog</c> on PATH that records its arguments
/// and standard input (reviewdog itself cannot be installed on this machine), as a pull request's workflow runs them.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ActionScriptTests : IDisposable
{
    private static readonly string Script = RepositoryRoot.Combine("tools", "action", "run.sh");
    private static readonly string Factcheck = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "factcheck.exe" : "factcheck");

    private readonly string _root = Directory.CreateTempSubdirectory("factcheck-action-").FullName;
    private readonly string _repository;
    private readonly string _stubs;
    private readonly string _base;
    private readonly string _head;

    public ActionScriptTests()
    {
        _repository = Directory.CreateDirectory(Path.Combine(_root, "newsroom")).FullName;
        _stubs = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        File.WriteAllText(Path.Combine(_stubs, "reviewdog"), """
            #!/usr/bin/env bash
            printf '%s\n' "$@" > "$STUB_DIR/reviewdog.args"
            cat > "$STUB_DIR/reviewdog.stdin"
            exit "${STUB_REVIEWDOG_EXIT:-0}"
            """.ReplaceLineEndings("\n"));
        File.SetUnixFileMode(Path.Combine(_stubs, "reviewdog"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Git("init", "--quiet", "--initial-branch=main");
        Write("drafts/old.md", "# Old story\n\nNothing changes here.\n");
        Write("drafts/gone.txt", "Deleted in the pull request.\n");
        Write("notes.yaml", "desk: politics\n");
        Git("add", ".");
        Git("commit", "--quiet", "-m", "base");
        _base = Git("rev-parse", "HEAD").Trim();

        Write("drafts/drifted-name.txt", File.ReadAllText(RepositoryRoot.Combine("samples", "drifted-name.txt")));
        Write("drafts/my story.md", "# Talks\n\nMinister Marta Nowak spoke in Warsaw on Thursday.\n");
        Write("notes.yaml", "desk: world\n");
        File.Delete(Path.Combine(_repository, "drafts/gone.txt"));
        Git("add", "-A");
        Git("commit", "--quiet", "-m", "head");
        _head = Git("rev-parse", "HEAD").Trim();
    }

    [Fact]
    public async Task A_pull_request_sends_the_changed_drafts_to_reviewdog_as_rdjson()
    {
        var run = await RunAsync("check", new() { ["FACTCHECK_REPORTER"] = "github-pr-review", ["FACTCHECK_FILTER_MODE"] = "diff_context", ["STUB_REVIEWDOG_EXIT"] = "1" });

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(["-f=rdjson", "-name=factcheck", "-reporter=github-pr-review", "-filter-mode=diff_context", "-fail-level=warning"], StubLines("reviewdog.args"));
        var rdjson = File.ReadAllText(Path.Combine(_root, "reviewdog.stdin"));
        Assert.Empty(RdjsonSchema.Validate(rdjson));
        var diagnostic = Assert.Single((JArray)JObject.Parse(rdjson)["diagnostics"]!);
        Assert.Equal("drafts/drifted-name.txt", (string?)diagnostic["location"]!["path"]);
        Assert.Contains("checking 2 path(s): drafts/drifted-name.txt drafts/my story.md", run.Out, StringComparison.Ordinal);
        Assert.Equal(["checked=2"], Outputs());
    }

    [Theory]
    [InlineData("error", "-fail-level=error")]
    [InlineData("never", "-fail-level=none")]
    public async Task Fail_on_becomes_reviewdogs_fail_level(string failOn, string argument)
    {
        var run = await RunAsync("check", new() { ["FACTCHECK_FAIL_ON"] = failOn });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(argument, StubLines("reviewdog.args"));
        Assert.Contains("-reporter=github-pr-check", StubLines("reviewdog.args"));
        Assert.Contains("-filter-mode=added", StubLines("reviewdog.args"));
    }

    [Theory]
    [InlineData("warning", 1)]
    [InlineData("error", 0)]
    [InlineData("never", 0)]
    public async Task The_sarif_reporter_writes_a_valid_log_for_upload_and_fails_on_the_threshold(string failOn, int exitCode)
    {
        var run = await RunAsync("check", new() { ["FACTCHECK_REPORTER"] = "sarif", ["FACTCHECK_FAIL_ON"] = failOn });

        Assert.True(run.ExitCode == exitCode, run.ToString());
        var sarifFile = Assert.Single(Outputs(), o => o.StartsWith("sarif_file=", StringComparison.Ordinal))["sarif_file=".Length..];
        var sarif = File.ReadAllText(sarifFile);
        Assert.Empty(SarifSchema.Validate(sarif));
        Assert.Equal("drafts/drifted-name.txt", (string?)JObject.Parse(sarif).SelectToken("runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri"));
        Assert.False(File.Exists(Path.Combine(_root, "reviewdog.args")));
    }

    [Fact]
    public async Task A_pull_request_that_changes_no_draft_checks_nothing()
    {
        Write("notes.yaml", "desk: sport\n");
        Git("commit", "--quiet", "-am", "notes only");

        var run = await RunAsync("check", new() { ["FACTCHECK_BASE_REF"] = _head, ["FACTCHECK_HEAD_REF"] = "HEAD" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("changed no draft", run.Out, StringComparison.Ordinal);
        Assert.Equal(["checked=0", "sarif_file="], Outputs());
        Assert.False(File.Exists(Path.Combine(_root, "reviewdog.args")));
    }

    [Fact]
    public async Task Given_paths_are_checked_instead_of_the_diff()
    {
        var run = await RunAsync("check", new() { ["FACTCHECK_PATHS"] = "drafts/old.md\n  drafts/drifted-name.txt " });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("checking 2 path(s): drafts/old.md drafts/drifted-name.txt", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_factcheck_cannot_read_fails_the_step_with_2_before_reviewdog_runs()
    {
        Write("drafts/empty.md", "");
        Git("add", "-A");
        Git("commit", "--quiet", "-m", "empty draft");

        var run = await RunAsync("check", new() { ["FACTCHECK_HEAD_REF"] = "HEAD" });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("factcheck: drafts/empty.md: the file is empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("::error title=FactCheck::factcheck could not check every file (exit 2)", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "reviewdog.args")));
    }

    [Theory]
    [InlineData("FACTCHECK_REPORTER", "slack", "reporter 'slack' is not one of github-pr-check, github-pr-review, github-check, sarif")]
    [InlineData("FACTCHECK_FILTER_MODE", "changed", "filter_mode 'changed' is not one of added, diff_context, file, nofilter")]
    [InlineData("FACTCHECK_FAIL_ON", "none", "fail_on 'none' is not one of error, warning, info, never")]
    public async Task A_bad_input_is_named_and_exits_2(string variable, string value, string message)
    {
        var run = await RunAsync("check", new() { [variable] = value });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal($"::error title=FactCheck::{message}", run.Error.Trim());
    }

    [Fact]
    public async Task Install_packs_the_tool_from_the_source_tree_and_installs_it_as_a_dotnet_tool()
    {
        // A copy of the sources, so this Release build cannot race the Debug build the other tests run from.
        var source = Path.Combine(_root, "source");
        // The build props, the .editorconfig that sets the analyzers' exceptions (the build fails without them, as it
        // should), and the OpenAPI document the service embeds.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", ".editorconfig", Path.Combine("docs", "openapi.json") })
        {
            var target = Path.Combine(source, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(RepositoryRoot.Combine(file), target);
        }

        foreach (var project in new[] { "FactCheck.Core", "FactCheck.Azure", "FactCheck.Service", "FactCheck.Cli" })
        {
            CopyTree(RepositoryRoot.Combine("src", project), Path.Combine(source, "src", project));
        }

        var run = await RunAsync("install", new() { ["FACTCHECK_SOURCE"] = source, ["FACTCHECK_TOOL_DIR"] = Path.Combine(_root, "tool") }, TimeSpan.FromMinutes(8));

        Assert.True(run.ExitCode == 0, run.ToString());
        var command = Path.Combine(_root, "tool", "factcheck");
        Assert.Equal([$"command={command}"], Outputs());
        var check = await RunProcessAsync(command, ["check", "--format", "line", "drafts/drifted-name.txt"], new(), TimeSpan.FromMinutes(2));
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("drafts/drifted-name.txt:7:49: warning name-mismatch: ", check.Out, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task<ProcessRun> RunAsync(string step, Dictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var variables = new Dictionary<string, string>
        {
            ["FACTCHECK_COMMAND"] = Factcheck,
            ["FACTCHECK_BASE_REF"] = _base,
            ["FACTCHECK_HEAD_REF"] = _head,
            ["GITHUB_OUTPUT"] = Path.Combine(_root, "github-output"),
            ["RUNNER_TEMP"] = _root,
            ["STUB_DIR"] = _root,
            ["PATH"] = _stubs + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        return RunProcessAsync("bash", [Script, step], variables, timeout ?? TimeSpan.FromMinutes(2));
    }

    private async Task<ProcessRun> RunProcessAsync(string file, string[] args, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = _repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The action's inputs only: nothing a developer's or CI's environment sets for the project leaks in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("FACTCHECK", StringComparison.OrdinalIgnoreCase) || k.StartsWith("GITHUB_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }

    private string[] StubLines(string name) => File.ReadAllLines(Path.Combine(_root, name));

    private string[] Outputs()
    {
        var path = Path.Combine(_root, "github-output");
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_repository, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Desk";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "desk@example.org";
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed record ProcessRun(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
    }
}
