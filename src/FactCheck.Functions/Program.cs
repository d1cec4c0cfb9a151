using FactCheck.Azure.Configuration;
using FactCheck.Core.Entities;
using FactCheck.Functions;
using FactCheck.Service;
using FactCheck.Service.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ErrorHandlingMiddleware>();

builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();

// The Application Insights provider adds a Warning-only filter by default; let host.json's levels decide instead.
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    var defaultRule = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (defaultRule is not null)
    {
        options.Rules.Remove(defaultRule);
    }
});

var configuration = builder.Configuration;
var (blobs, tables) = DraftsStorageClients.Create(configuration);
builder.Services.AddSingleton(blobs);
builder.Services.AddSingleton(tables);
builder.Services.AddSingleton<IEntityRecognizer>(services => RecognizerRegistration.Create(configuration, services));
builder.Services.AddFactCheckService(new ServiceOptions
{
    MaxDraftBytes = configuration.GetValue(DraftsStorageClients.Key(SettingNames.MaxDraftBytes), ServiceOptions.DefaultMaxDraftBytes),
});

builder.Build().Run();
