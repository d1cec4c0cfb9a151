using FactCheck.Core.Documents;
using SharpFuzz;

namespace FactCheck.Fuzz;

/// <summary>
/// An AFL++ target: reads one draft from stdin as the format named on the command line (html, md or docx) and
/// extracts it. The documented input error is a normal outcome; any other exception is a crash for AFL to keep.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var name = args.Length > 0 ? "fuzz." + args[0] : "fuzz.html";
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            try
            {
                DocumentReader.Read(name, buffer.ToArray());
            }
            catch (DocumentInputException)
            {
            }
        });
    }
}
