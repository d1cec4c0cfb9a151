using FactCheck.Service.Processing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.Service.Hosting;

/// <summary>
/// Runs the <see cref="DraftSweeper"/> at startup and then every <see cref="ServiceOptions.SweepInterval"/>, for a host
/// without a timer trigger (<c>factcheck serve</c>). A failed pass is logged and the next one runs on schedule.
/// </summary>
public sealed class DraftSweepService : BackgroundService
{
    private readonly DraftSweeper _sweeper;
    private readonly ServiceOptions _options;
    private readonly ILogger<DraftSweepService> _logger;

    public DraftSweepService(DraftSweeper sweeper, ServiceOptions options, ILogger<DraftSweepService> logger)
    {
        _sweeper = sweeper;
        _options = options;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _logger.LogInformation("Sweeping stored drafts now and every {Interval}", _options.SweepInterval);
        using var timer = new PeriodicTimer(_options.SweepInterval);
        try
        {
            do
            {
                try
                {
                    await _sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogWarning("The sweep of stored drafts failed ({Error}); the next pass runs in {Interval}", e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" "), _options.SweepInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
