using FactCheck.Cli;

return await CliApp.RunAsync(args, CliConsole.FromProcess()).ConfigureAwait(false);
