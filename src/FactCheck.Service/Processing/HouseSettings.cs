using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FactCheck.Azure.Profiles;
using FactCheck.Core.Configuration;
using FactCheck.Core.Rules;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Processing;

/// <summary>The house settings (<c>factcheck.yaml</c>) a service check runs with, as of now.</summary>
public interface IHouseSettings
{
    Task<CheckSettings> CurrentAsync(CancellationToken cancellationToken = default);
}

/// <summary>Settings that never change while the host runs: the defaults, or a <c>--config</c> file read at startup.</summary>
public sealed class FixedHouseSettings(CheckSettings settings) : IHouseSettings
{
    public static FixedHouseSettings Default { get; } = new(CheckSettings.Default);

    public Task<CheckSettings> CurrentAsync(CancellationToken cancellationToken = default) => Task.FromResult(settings);
}

/// <summary>
/// The house file as a blob (<c>FactCheck__HouseFile</c>), read again when it changes. Every check asks storage with
/// <c>If-None-Match</c> and the ETag it last read: an unchanged file costs one 304 with no body (milliseconds, next to
/// the check itself), and an edit applies to the very next check instead of after a polling interval. No blob (or no
/// container) means the defaults, so a deployment can name the file before the newsroom uploads one. An edit that does
/// not parse is logged as an error and the last good settings stay in force, so one typo does not stop every check;
/// before any good version was read it fails the check with the file's line and column.
/// </summary>
public sealed class BlobHouseSettings : IHouseSettings, IDisposable
{
    private readonly BlobClient _blob;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ETag ETag, CheckSettings Settings)? _current;
    private ConfigurationException? _lastProblem;

    public BlobHouseSettings(BlobServiceClient blobs, HouseBlobName name, ILogger<BlobHouseSettings> logger)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(name);
        _blob = blobs.GetBlobContainerClient(name.Container).GetBlobClient(name.Name);
        Name = name;
        _logger = logger;
    }

    public HouseBlobName Name { get; }

    public void Dispose() => _gate.Dispose();

    public async Task<CheckSettings> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CheckSettings> RefreshAsync(CancellationToken cancellationToken)
    {
        var conditions = _current is { } known ? new BlobRequestConditions { IfNoneMatch = known.ETag } : null;
        Response<BlobDownloadResult> answer;
        try
        {
            answer = await _blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = conditions }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            if (_current is not null || _lastProblem is not null)
            {
                _logger.LogInformation("House file {HouseFile} is gone; checking with the defaults", Name.ToString());
            }

            _current = null;
            _lastProblem = null;
            return CheckSettings.Default;
        }
        catch (RequestFailedException e) when (e.Status == 304 && _current is { } unchanged)
        {
            return unchanged.Settings;
        }

        if (answer.GetRawResponse().Status == 304 && _current is { } notModified)
        {
            return notModified.Settings;
        }

        var etag = answer.Value.Details.ETag;
        try
        {
            var settings = FactCheckConfigLoader.Parse(answer.Value.Content.ToString(), Name.ToString());
            _current = (etag, settings);
            _lastProblem = null;
            _logger.LogInformation("House file {HouseFile} loaded (ETag {ETag})", Name.ToString(), etag.ToString());
            return settings;
        }
        catch (ConfigurationException e)
        {
            if (_current is { } lastGood)
            {
                _logger.LogError("House file {HouseFile} (ETag {ETag}) is not usable, keeping the version before it: {Problem}", Name.ToString(), etag.ToString(), e.Message);
                // Keep the good ETag's settings but remember this one, so the broken version is not parsed on every check.
                _current = (etag, lastGood.Settings);
                return lastGood.Settings;
            }

            _lastProblem = e;
            throw;
        }
    }
}
