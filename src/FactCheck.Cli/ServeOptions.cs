using FactCheck.Service;

namespace FactCheck.Cli;

/// <summary>The parsed options of <c>factcheck serve</c>.</summary>
public sealed record ServeOptions
{
    /// <summary>Azurite's well-known development account on its default ports.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>The environment variable Azure tools read a storage connection string from.</summary>
    public const string StorageEnvironmentVariable = "AZURE_STORAGE_CONNECTION_STRING";

    public const int DefaultPort = 7071;

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (printed at startup).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Required to bind an address other than loopback: serve has no authentication of its own.</summary>
    public bool AllowRemote { get; init; }

    public string Storage { get; init; } = DevelopmentStorage;

    /// <summary><c>--max-size</c> in bytes; null when not given (then <c>FactCheck__MaxDraftBytes</c>, then 10 MB).</summary>
    public long? MaxBytes { get; init; }

    /// <summary><c>--config</c>: the house file, resolved against the working directory; null for none (then
    /// <c>FactCheck__HouseFile</c>, a blob in the storage account, then the defaults).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>How often stored drafts nothing has checked are looked for (and once at startup); zero turns it off.</summary>
    public TimeSpan SweepInterval { get; init; } = ServiceOptions.DefaultSweepInterval;

    /// <summary>Containers and tables to use; the Functions app's names unless a test keeps its own.</summary>
    public ServiceOptions Service { get; init; } = new();
}
