using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace FactCheck.Cli.Tests;

/// <summary>
/// Paths that are not regular files (FIFOs, devices, sockets, links to them) and files whose size the file system
/// does not tell: each is refused on one line without hanging or filling memory, and the other files are still
/// checked. Every run is awaited with a timeout so a regression fails instead of hanging the test run.
/// </summary>
public sealed partial class OddFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly CliHarness _cli = new();

    [Fact]
    public async Task A_fifo_named_directly_exits_2_at_once_without_being_opened()
    {
        var fifo = MakeFifo("fifo.txt");

        var run = await RunWithin(fifo, "check", "fifo.txt");

        AssertRefused(run, "fifo.txt", "is a FIFO (named pipe), not a regular file; factcheck reads regular files only");
        Assert.Contains("'factcheck check -'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_met_in_a_directory_walk_exits_2_and_the_other_files_are_still_checked()
    {
        _cli.Write("news/a.txt", "Davutoglu spoke.");
        var fifo = MakeFifo("news/pipe.md");
        _cli.Write("news/z.txt", "Davutoglu again.");

        var run = await RunWithin(fifo, "check", "news");

        AssertRefused(run, Path.Join("news", "pipe.md"), "is a FIFO (named pipe), not a regular file");
        Assert.Contains($"{Path.Join("news", "a.txt")}:1:1: warning test-word:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{Path.Join("news", "z.txt")}:1:1: warning test-word:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_txt_link_to_an_endless_device_exits_2_in_one_line_with_memory_bounded(string device)
    {
        File.CreateSymbolicLink(Path.Combine(_cli.Directory, "x.txt"), device);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var run = await RunWithin(null, "check", "x.txt");

        AssertRefused(run, "x.txt", $"is a symbolic link to {device}, a character device, not a regular file");
        // Before, the read grew towards 4 GB and died of OutOfMemoryException; other tests share the process, so
        // the bound is loose but far below anything an unbounded read would allocate.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore < 256L << 20, "the run allocated more than 256 MB");
    }

    [Fact]
    public async Task A_factcheck_yaml_that_is_a_fifo_exits_2_at_once_whether_found_or_given()
    {
        _cli.Write("desk/story.txt", "Davutoglu spoke.");
        var fifo = MakeFifo("desk/factcheck.yaml");

        var discovered = await RunWithin(fifo, "check", "desk/story.txt");
        var given = await RunWithin(fifo, "check", "--config", "desk/factcheck.yaml", "desk/story.txt");

        foreach (var run in new[] { discovered, given })
        {
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.EndsWith("factcheck.yaml:1:1: is a FIFO (named pipe), not a regular file; factcheck reads configuration from regular files only.", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_socket_exits_2_naming_what_it_is()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_cli.Directory, "sock.txt")));

        var run = await RunWithin(null, "check", "sock.txt");

        AssertRefused(run, "sock.txt", "is a socket, not a regular file");
    }

    [Fact]
    public async Task A_link_to_a_regular_file_is_checked_like_the_file()
    {
        _cli.Write("drafts/story.txt", "Davutoglu spoke.");
        File.CreateSymbolicLink(Path.Combine(_cli.Directory, "story.txt"), Path.Combine(_cli.Directory, "drafts", "story.txt"));

        var run = await RunWithin(null, "check", "story.txt");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("story.txt:1:1: warning test-word:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_file_over_max_size_is_refused_with_the_target_size()
    {
        // A link's own length is that of the path it holds (a few bytes); the target's is what counts.
        _cli.Write("drafts/big.txt", new string('a', 3000));
        File.CreateSymbolicLink(Path.Combine(_cli.Directory, "big.txt"), Path.Combine(_cli.Directory, "drafts", "big.txt"));

        var run = await RunWithin(null, "check", "--max-size", "2KB", "big.txt");

        AssertRefused(run, "big.txt", "the file is 3,000 bytes, over the 2,048-byte limit; split it or raise --max-size.");
    }

    [Fact]
    public async Task A_regular_file_whose_size_the_file_system_understates_is_still_bounded_by_max_size()
    {
        // /proc files are regular files of size 0 that read as far more: only a bounded read refuses them.
        File.CreateSymbolicLink(Path.Combine(_cli.Directory, "maps.txt"), "/proc/self/maps");
        Assert.Equal(0, new FileInfo("/proc/self/maps").Length);

        var run = await RunWithin(null, "check", "--max-size", "1KB", "maps.txt");

        AssertRefused(run, "maps.txt", "the file is over the 1,024-byte limit; split it or raise --max-size.");
    }

    [Fact]
    public async Task Endless_standard_input_is_refused_after_max_size_plus_one_bytes()
    {
        var endless = new EndlessStream();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr) { Input = endless, WorkingDirectory = _cli.Directory };

        var exitCode = await CliApp.RunAsync(["check", "--max-size", "1KB", "-"], console, _cli.Services).WaitAsync(Patience);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Equal("factcheck: <stdin>: standard input is over the 1,024-byte limit; split it or raise --max-size.", stderr.ToString().TrimEnd());
        Assert.Equal(1025, endless.BytesRead);
    }

    [Fact]
    public async Task A_bounded_read_of_a_device_stops_after_max_size_plus_one_bytes()
    {
        await using var zero = new FileStream("/dev/zero", FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);

        var content = await BoundedRead.ReadAsync(zero, 100_000, CancellationToken.None).WaitAsync(Patience);

        Assert.Null(content);
    }

    [Fact]
    public void File_kinds_are_told_apart_without_opening_the_file()
    {
        var fifo = MakeFifo("kinds/fifo");
        var regular = Path.Combine(_cli.Directory, _cli.Write("kinds/regular.txt", "text"));
        var link = Path.Combine(_cli.Directory, "kinds", "link.txt");
        File.CreateSymbolicLink(link, regular);

        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
        Assert.Equal(FileKind.Regular, FileKinds.Of(regular));
        Assert.Equal(FileKind.Regular, FileKinds.Of(link));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_cli.Directory));
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>Runs the CLI, failing after <see cref="Patience"/>; a run stuck opening <paramref name="fifo"/>
    /// is released by opening its other end, so the test host does not hang on it afterwards.</summary>
    private async Task<CliRun> RunWithin(string? fifo, params string[] args)
    {
        var run = Task.Run(() => _cli.RunAsync(args));
        try
        {
            return await run.WaitAsync(Patience);
        }
        catch (TimeoutException) when (fifo is not null)
        {
            await Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write).Dispose()).WaitAsync(Patience);
            throw;
        }
    }

    private string MakeFifo(string relativePath)
    {
        var path = Path.Combine(_cli.Directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.True(Mkfifo(path, Convert.ToUInt32("644", 8)) == 0, $"mkfifo failed with errno {Marshal.GetLastPInvokeError()}");
        return path;
    }

    private static void AssertRefused(CliRun run, string path, string reason)
    {
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"factcheck: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Contains($"{path}: error: ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Mkfifo(string path, uint mode);

    /// <summary>Standard input that never ends, counting what was taken from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
