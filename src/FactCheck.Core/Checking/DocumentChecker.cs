using FactCheck.Core.Archive;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Reports;
using FactCheck.Core.Rules;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Checking;

/// <summary>
/// The checking pipeline every host uses: recognize entities, resolve people, run the rules, build the report.
/// Extraction happens before (see <c>DocumentReader</c>) so hosts can turn input errors into their own answers.
/// </summary>
public sealed class DocumentChecker
{
    private readonly IEntityRecognizer _recognizer;
    private readonly RuleEngine _engine;
    private readonly IPeopleArchive? _archive;

    public DocumentChecker(IEntityRecognizer recognizer, RuleEngine? engine = null, IPeopleArchive? archive = null)
    {
        _recognizer = recognizer;
        _engine = engine ?? new RuleEngine(RuleCatalog.CreateAll());
        _archive = archive;
    }

    /// <summary>The newsroom archive the archive rules read, if one is configured.</summary>
    public IPeopleArchive? Archive => _archive;

    public IEntityRecognizer Recognizer => _recognizer;

    public async Task<FileReport> CheckAsync(ExtractedDocument document, CheckSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var recognition = await _recognizer.RecognizeAsync(document, cancellationToken).ConfigureAwait(false);
        var analysis = PersonResolver.Analyze(document, recognition);
        settings ??= CheckSettings.Default;
        var date = settings.ArticleDate ?? document.MetadataDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var articleId = settings.ArticleId ?? document.Name;
        var view = ArchiveView.None;
        var textIndex = new Lazy<TextIndex>(() => new TextIndex(document), LazyThreadSafetyMode.None);
        ArchivedArticle? archived = null;
        if (_archive is not null)
        {
            archived = ArticleObservations.Of(analysis, articleId, date);
            var query = ArticleObservations.QueryFor(archived, analysis,
                ArchiveSurnameSlips.WordsOf(analysis, textIndex.Value).Select(w => w.Folded),
                BareOfficeCountry.OfficeKeysOf(analysis, textIndex.Value, settings.NameAuthority));
            var lookup = query.IsEmpty ? ArchiveLookup.Empty : await _archive.LookupAsync(query, cancellationToken).ConfigureAwait(false);
            view = new ArchiveView(lookup);
        }

        var flags = _engine.Run(analysis, settings, view, textIndex);
        var report = new FileReport(document.Name)
        {
            Recognizer = recognition.Recognizer,
            Flags = flags,
            Entities = recognition.Entities,
            Usage = recognition.Usage,
            Diagnostics = recognition.Diagnostics,
            Text = document.Text,
        };
        return archived is not null ? report with { Archived = archived } : report.ObservedBy(() => ArticleObservations.Of(analysis, articleId, date));
    }
}
