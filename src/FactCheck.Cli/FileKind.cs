using System.Runtime.InteropServices;

namespace FactCheck.Cli;

/// <summary>What a path is once symbolic links are followed, as far as reading it as a draft is concerned.</summary>
public enum FileKind
{
    /// <summary>A regular file, or the type could not be told (then the bounded read still protects memory).</summary>
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells a regular file from a FIFO, device or socket without opening it: opening a FIFO for reading blocks until
/// a writer appears, and a device such as <c>/dev/zero</c> never ends.
/// </summary>
/// <remarks>
/// .NET has no public API for the file type on Unix: <see cref="FileSystemInfo.Attributes"/> says Normal for a
/// FIFO, a socket and <c>/dev/zero</c> alike, and <see cref="FileSystemInfo.UnixFileMode"/> holds only the
/// permission bits. So this asks <c>stat(2)</c> through the runtime's own native shim (libSystem.Native, shipped
/// with every Unix .NET runtime), whose FileStatus record starts with two int32s, Flags then Mode, on every
/// architecture — unlike libc's <c>struct stat</c>, whose layout differs between x64, arm64 and musl. Should a
/// future runtime drop the export, the answer falls back to <see cref="FileKind.Regular"/> and the bounded read
/// still refuses an endless file as too large; the CLI tests with a real FIFO fail first.
/// </remarks>
public static partial class FileKinds
{
    // POSIX S_IFMT values, which the shim normalizes st_mode to on every platform.
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int SocketType = 0xC000;

    // The shim's FileStatus is about 120 bytes today; the spare room keeps a larger future record from
    // overwriting the stack.
    private const int StatusBufferBytes = 512;

    private const int ModeOffset = 4;

    /// <summary>The kind of <paramref name="path"/> with symbolic links followed (a link to a regular file is regular).</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            // Windows has no FIFOs or device nodes in the file system namespace.
            return FileKind.Regular;
        }

        Span<byte> status = stackalloc byte[StatusBufferBytes];
        status.Clear();
        int result;
        try
        {
            result = Stat(path, status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Regular;
        }

        if (result != 0)
        {
            // Missing or unreadable: the open that follows reports it with the system's own reason.
            return FileKind.Regular;
        }

        return (BitConverter.ToInt32(status[ModeOffset..]) & TypeMask) switch
        {
            FifoType => FileKind.Fifo,
            CharacterDeviceType => FileKind.CharacterDevice,
            DirectoryType => FileKind.Directory,
            BlockDeviceType => FileKind.BlockDevice,
            SocketType => FileKind.Socket,
            _ => FileKind.Regular,
        };
    }

    /// <summary>How a message names the kind: "a FIFO (named pipe)", "a character device"…</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        _ => "a regular file",
    };

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, Span<byte> status);
}
