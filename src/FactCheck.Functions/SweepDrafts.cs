using FactCheck.Azure.Configuration;
using FactCheck.Service.Processing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace FactCheck.Functions;

/// <summary>
/// On the <c>FactCheck__SweepSchedule</c> timer: checks stored drafts that nothing has checked — a blob whose
/// Event Grid delivery failed before it recorded anything, was poisoned, or lost a race without the newer check
/// committing — with the same <see cref="DraftSweeper"/> <c>factcheck serve</c> runs.
/// </summary>
public sealed class SweepDrafts
{
    private readonly DraftSweeper _sweeper;
    private readonly ILogger<SweepDrafts> _logger;

    public SweepDrafts(DraftSweeper sweeper, ILogger<SweepDrafts> logger)
    {
        _sweeper = sweeper;
        _logger = logger;
    }

    [Function(nameof(SweepDrafts))]
    public async Task RunAsync([TimerTrigger("%" + SettingNames.SweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            _logger.LogInformation("The draft sweep runs late (the app was stopped or busy at its scheduled time)");
        }

        var report = await _sweeper.SweepAsync(cancellationToken);
        _logger.LogInformation("Draft sweep: {Due} needed a check, {Recorded} recorded, {Failed} failed, {Left} left for the next run",
            report.Due, report.Recorded, report.Failed, report.Left);
    }
}
