using System.CommandLine;

namespace FactCheck.Cli;

/// <summary>
/// The <c>factcheck</c> command line, runnable in-process: parse, run the command, map every failure to an
/// exit code and one line on standard error (never a stack trace). Adding a command: one class like
/// <see cref="CheckCommand"/> and one line in <see cref="CreateRootCommand"/>.
/// </summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin = null, CliServices? services = null) =>
        RunAsync(args, new CliConsole(stdout, stderr) { Input = stdin }, services);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CliServices? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var root = CreateRootCommand(console, services ?? CliServices.Default);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                var command = parseResult.CommandResult.Command;
                var helpHint = command == root ? "factcheck --help" : $"factcheck {command.Name} --help";
                await console.Error.WriteLineAsync($"factcheck: {parseResult.Errors[0].Message} (see '{helpHint}')").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,

                // Our own handler below prints one line; the default one prints the stack trace.
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("factcheck: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            var message = string.Join(' ', exception.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await console.Error.WriteLineAsync($"factcheck: internal error: {exception.GetType().Name}: {message}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    public static RootCommand CreateRootCommand(CliConsole console, CliServices services)
    {
        var root = new RootCommand("factcheck: flags internal inconsistencies in news drafts (name drift and more).");
        root.Subcommands.Add(new CheckCommand(console, services).Create());
        root.Subcommands.Add(new EvalPersonsCommand(console, services).Create());
        root.Subcommands.Add(new EvalDriftsCommand(console, services).Create());
        root.Subcommands.Add(new ServeCommand(console, services).Create());
        root.Subcommands.Add(new Archive.ArchiveCommand(console, services).Create());
        root.Subcommands.Add(new Archive.EvalArchiveCommand(console, services).Create());
        return root;
    }
}
