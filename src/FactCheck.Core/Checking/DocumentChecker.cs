using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Reports;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Checking;

/// <summary>
/// The checking pipeline every host uses: recognize entities, resolve people, run the rules, build the report.
/// Extraction happens before (see <c>DocumentReader</c>) so hosts can turn input errors into their own answers.
/// </summary>
public sealed class DocumentChecker
{
    private readonly IEntityRecognizer _recognizer;
    private readonly RuleEngine _engine;

    public DocumentChecker(IEntityRecognizer recognizer, RuleEngine? engine = null)
    {
        _recognizer = recognizer;
        _engine = engine ?? new RuleEngine(RuleCatalog.CreateAll());
    }

    public IEntityRecognizer Recognizer => _recognizer;

    public async Task<FileReport> CheckAsync(ExtractedDocument document, CheckSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var recognition = await _recognizer.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
        var analysis = PersonResolver.Analyze(document, recognition);
        var flags = _engine.Run(analysis, settings ?? CheckSettings.Default);
        return new FileReport(document.Name)
        {
            Recognizer = recognition.Recognizer,
            Flags = flags,
            Entities = recognition.Entities,
            Usage = recognition.Usage,
            Diagnostics = recognition.Diagnostics,
            Text = document.Text,
        };
    }
}
