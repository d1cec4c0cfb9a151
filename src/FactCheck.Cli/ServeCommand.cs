using System.CommandLine;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck serve</c>: the HTTP API and the review page on this machine, over Azurite or any storage account, with
/// uploads checked as they arrive. The running is in <see cref="ServeRunner"/>; the composition in <see cref="ServeHost"/>.
/// </summary>
public sealed class ServeCommand
{
    private readonly Option<int> _port = new("--port", "-p")
    {
        Description = $"Port to listen on (default {ServeOptions.DefaultPort}; 0 picks a free one).",
        DefaultValueFactory = _ => ServeOptions.DefaultPort,
        HelpName = "port",
    };

    private readonly Option<string> _host = new("--host")
    {
        Description = "Address to listen on (default 127.0.0.1). Anything but loopback also needs --allow-remote.",
        DefaultValueFactory = _ => "127.0.0.1",
        HelpName = "address",
    };

    private readonly Option<bool> _allowRemote = new("--allow-remote")
    {
        Description = "Allow a non-loopback --host. serve has no login: anyone who can reach it can read and review drafts.",
    };

    private readonly Option<string?> _storage = new("--storage")
    {
        Description = $"Storage connection string (default ${ServeOptions.StorageEnvironmentVariable}, else Azurite's {ServeOptions.DevelopmentStorage}).",
        HelpName = "connection-string",
    };

    private readonly Option<long?> _maxSize = new("--max-size")
    {
        Description = "Refuse drafts larger than this: bytes, or with KB/MB/GB. Default FactCheck__MaxDraftBytes, else 10MB.",
        HelpName = "size",
    };

    private readonly Option<string?> _config = new("--config", "-c")
    {
        Description = "Check with this factcheck.yaml (house locale, names, accepted words, rules). Default: the blob FactCheck__HouseFile names in --storage, else none.",
        HelpName = "file",
    };

    private readonly Option<TimeSpan> _sweepInterval = new("--sweep-interval")
    {
        Description = "How often to check stored drafts that have no up-to-date article (e.g. after storage was down), besides once at startup: 90s, 5m, 1h, or 0 for never. Default 5m.",
        DefaultValueFactory = _ => FactCheck.Service.ServiceOptions.DefaultSweepInterval,
        HelpName = "interval",
    };

    private readonly CliConsole _console;
    private readonly CliServices _services;

    public ServeCommand(CliConsole console, CliServices services)
    {
        _console = console;
        _services = services;
    }

    public Command Create()
    {
        var command = new Command("serve", "Run the HTTP API and the review page locally (open the printed URL in a browser).")
        {
            _port, _host, _allowRemote, _storage, _maxSize, _config, _sweepInterval,
        };
        _port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port: must be from 0 to 65535.");
            }
        });
        _maxSize.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (OptionParsers.TryParseSize(text, out var size))
            {
                return size;
            }

            result.AddError($"--max-size: '{text}' is not valid; expected a positive size such as 500KB, 10MB or 2000000.");
            return null;
        };
        _sweepInterval.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (OptionParsers.TryParseInterval(text, out var interval))
            {
                return interval;
            }

            result.AddError($"--sweep-interval: '{text}' is not valid; expected a whole number of seconds, minutes or hours such as 90s, 5m or 1h, or 0 for never.");
            return TimeSpan.Zero;
        };
        command.SetAction((parseResult, cancellationToken) => new ServeRunner(_console, _services).RunAsync(ToOptions(parseResult), cancellationToken));
        return command;
    }

    public ServeOptions ToOptions(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var storage = parseResult.GetValue(_storage);
        if (string.IsNullOrWhiteSpace(storage))
        {
            storage = _services.GetSetting(ServeOptions.StorageEnvironmentVariable);
        }

        var config = parseResult.GetValue(_config);
        return new ServeOptions
        {
            Port = parseResult.GetValue(_port),
            Host = parseResult.GetValue(_host) ?? "127.0.0.1",
            AllowRemote = parseResult.GetValue(_allowRemote),
            Storage = string.IsNullOrWhiteSpace(storage) ? ServeOptions.DevelopmentStorage : storage,
            MaxBytes = parseResult.GetValue(_maxSize),
            ConfigPath = string.IsNullOrWhiteSpace(config) ? null : Path.GetFullPath(config, _console.WorkingDirectory),
            SweepInterval = parseResult.GetValue(_sweepInterval),
        };
    }
}
