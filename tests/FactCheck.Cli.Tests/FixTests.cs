using System.Diagnostics;
using System.Text;
using FactCheck.Core.Documents;
using FactCheck.Core.Tests;
using Newtonsoft.Json.Linq;

namespace FactCheck.Cli.Tests;

/// <summary><c>factcheck check --fix</c> and <c>--fix --dry-run</c> on real files, with the real rules where it matters.</summary>
public sealed class FixTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Fixing_the_sample_draft_then_checking_it_again_leaves_no_flag_with_a_suggestion()
    {
        _cli.Services = new CliServices { GetSetting = _ => null };
        var original = File.ReadAllBytes(RepositoryRoot.Combine("samples", "drifted-name.txt"));
        _cli.Write("drifted-name.txt", original);

        var fix = await _cli.RunAsync("check", "--fix", "drifted-name.txt");
        var again = await _cli.RunAsync("check", "--format", "json", "drifted-name.txt");

        Assert.Equal(0, fix.ExitCode);
        Assert.Equal(["factcheck: drifted-name.txt: fixed 1 flag."], fix.ErrorLines);
        Assert.Equal("1 file checked: no flags", fix.OutLines[^1]);
        var flags = (JArray)JObject.Parse(again.Out)["files"]![0]!["flags"]!;
        Assert.DoesNotContain(flags, f => f["suggestion"] is not null);
        var expected = Encoding.UTF8.GetString(original).Replace("exports. Kravchenko told", "exports. Kovalenko told", StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(Path.Combine(_cli.Directory, "drifted-name.txt")));
    }

    [Fact]
    public async Task A_dry_run_prints_a_diff_that_git_applies_to_what_fix_writes_and_changes_nothing()
    {
        _cli.Services = new CliServices { GetSetting = _ => null };
        var original = File.ReadAllBytes(RepositoryRoot.Combine("samples", "drifted-name.txt"));
        _cli.Write("story/drifted-name.txt", original);
        var before = File.GetLastWriteTimeUtc(Path.Combine(_cli.Directory, "story/drifted-name.txt"));

        var dry = await _cli.RunAsync("check", "--fix", "--dry-run", "story/drifted-name.txt");

        Assert.Equal(1, dry.ExitCode);
        Assert.StartsWith("--- a/story/drifted-name.txt\n+++ b/story/drifted-name.txt\n@@ ", dry.Out, StringComparison.Ordinal);
        Assert.Equal(["factcheck: story/drifted-name.txt: would fix 1 flag."], dry.ErrorLines);
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(_cli.Directory, "story/drifted-name.txt")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(_cli.Directory, "story/drifted-name.txt")));

        var applied = Path.Combine(_cli.Directory, "applied");
        Directory.CreateDirectory(Path.Combine(applied, "story"));
        File.WriteAllBytes(Path.Combine(applied, "story/drifted-name.txt"), original);
        File.WriteAllText(Path.Combine(applied, "fix.diff"), dry.Out);
        Git(applied, "apply", "fix.diff");
        await _cli.RunAsync("check", "--fix", "story/drifted-name.txt");
        Assert.Equal(File.ReadAllBytes(Path.Combine(_cli.Directory, "story/drifted-name.txt")), File.ReadAllBytes(Path.Combine(applied, "story/drifted-name.txt")));
    }

    [Fact]
    public async Task Bytes_outside_the_replaced_span_stay_as_they_were_bom_and_crlf_included()
    {
        var text = "Minister Mevlut Cavusoglu spoke.\r\nThen Davutoglu left.\r\n\r\nNo one else.";
        _cli.Write("crlf.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var run = await _cli.RunAsync("check", "--fix", "crlf.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("Then Davutoglu", "Then Cavusoglu", StringComparison.Ordinal))],
            File.ReadAllBytes(Path.Combine(_cli.Directory, "crlf.txt")));
        Assert.Equal(["crlf.txt"], Directory.EnumerateFileSystemEntries(_cli.Directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_docx_is_refused_with_exit_2_and_left_as_it_was()
    {
        var docx = new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 };
        _cli.Services = _cli.Services with
        {
            ReadDocument = (name, content, options) => name.EndsWith(".docx", StringComparison.Ordinal)
                ? new ExtractedDocument(name, DocumentFormat.Docx, "Then Davutoglu left.", PlainTextBlocks.Split("Then Davutoglu left."), SourceMap.Identity("Then Davutoglu left."))
                : DocumentReader.Read(name, content, options),
        };
        _cli.Write("story.docx", docx);
        _cli.Write("story.txt", "Then Davutoglu left.\n");

        var run = await _cli.RunAsync("check", "--fix", "story.docx", "story.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("factcheck: story.docx: --fix edits .txt, .md and .html drafts only, not .docx; apply the suggestions in Word (the report lists them).", run.ErrorLines);
        Assert.Equal(docx, File.ReadAllBytes(Path.Combine(_cli.Directory, "story.docx")));
        Assert.Equal("Then Cavusoglu left.\n", File.ReadAllText(Path.Combine(_cli.Directory, "story.txt")));
        Assert.Contains("story.docx:1:6: warning test-word:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_could_not_be_read_is_never_touched()
    {
        var binary = Encoding.ASCII.GetBytes("Then Davutoglu left.\u0001\u0002\u0003\u0004\u0005\u0006");
        _cli.Write("binary.txt", binary);
        _cli.Write("deep.md", new string('>', 5000) + " Then Davutoglu left.\n");
        _cli.Write("good.md", "Then *Davutoglu* left.\n");

        var run = await _cli.RunAsync("check", "--fix", "binary.txt", "deep.md", "good.md");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(binary, File.ReadAllBytes(Path.Combine(_cli.Directory, "binary.txt")));
        Assert.StartsWith(new string('>', 5000) + " Then Davutoglu", File.ReadAllText(Path.Combine(_cli.Directory, "deep.md")), StringComparison.Ordinal);
        Assert.Equal("Then *Cavusoglu* left.\n", File.ReadAllText(Path.Combine(_cli.Directory, "good.md")));
    }

    [Fact]
    public async Task A_symbolic_link_keeps_pointing_at_its_target_which_gets_the_fix()
    {
        _cli.Write("real/story.txt", "Then Davutoglu left.\n");
        File.CreateSymbolicLink(Path.Combine(_cli.Directory, "link.txt"), Path.Combine(_cli.Directory, "real/story.txt"));

        var run = await _cli.RunAsync("check", "--fix", "link.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(new FileInfo(Path.Combine(_cli.Directory, "link.txt")).LinkTarget);
        Assert.Equal("Then Cavusoglu left.\n", File.ReadAllText(Path.Combine(_cli.Directory, "real/story.txt")));
    }

    [Fact]
    public async Task A_suggestion_that_cannot_be_applied_is_named_and_its_flag_stays_in_the_report()
    {
        _cli.Write("story.html", "<p>Then Dav&#117;toglu left.</p>\n");

        var run = await _cli.RunAsync("check", "--fix", "--format", "line", "story.html");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["story.html:1:9: warning test-word: \"Davutoglu\" is flagged by the test rule."], run.OutLines);
        Assert.Contains("not applied: the source does not hold \"Davutoglu\" as plain characters", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("<p>Then Dav&#117;toglu left.</p>\n", File.ReadAllText(Path.Combine(_cli.Directory, "story.html")));
    }

    [Theory]
    [InlineData("--dry-run only goes with --fix", "check", "--dry-run", "a.txt")]
    [InlineData("--fix cannot write standard input back", "check", "--fix", "-")]
    public async Task Fix_options_that_make_no_sense_are_usage_errors(string message, params string[] args)
    {
        _cli.Write("a.txt", "Then Davutoglu left.\n");

        var run = await _cli.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("Then Davutoglu left.\n", File.ReadAllText(Path.Combine(_cli.Directory, "a.txt")));
    }

    [Fact]
    public async Task A_dry_run_of_standard_input_prints_its_diff()
    {
        var run = await _cli.RunWithStdinAsync(Encoding.UTF8.GetBytes("Then Davutoglu left.\n"), "check", "--fix", "--dry-run", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("--- a/<stdin>\n+++ b/<stdin>\n@@ -1,1 +1,1 @@\n-Then Davutoglu left.\n+Then Cavusoglu left.\n", run.Out);
    }

    public void Dispose() => _cli.Dispose();

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
