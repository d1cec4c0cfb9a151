namespace FactCheck.Infra.Tests;

/// <summary>Exit code and both output streams of one Bicep CLI invocation.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>What to show when an assertion on this run fails.</summary>
    public string Describe() => $"exit code {ExitCode}\nstderr:\n{StandardError}\nstdout (first 2,000 chars):\n{StandardOutput[..Math.Min(2000, StandardOutput.Length)]}";
}
