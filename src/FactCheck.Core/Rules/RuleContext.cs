using FactCheck.Core.Archive;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>What a rule sees when it runs: the analysed document and its own options.</summary>
public sealed class RuleContext
{
    private readonly Lazy<TextIndex> _textIndex;

    /// <summary>A context for one rule; <paramref name="textIndex"/> is the index every rule of one check shares (built here on first use when not given).</summary>
    public RuleContext(DocumentAnalysis analysis, CheckSettings settings, RuleSettings ruleSettings, Lazy<TextIndex>? textIndex = null, ArchiveView? archive = null)
    {
        Archive = archive ?? ArchiveView.None;
        Analysis = analysis;
        Settings = settings;
        RuleSettings = ruleSettings;
        _textIndex = textIndex ?? new Lazy<TextIndex>(() => new TextIndex(analysis.Document), LazyThreadSafetyMode.None);
    }

    /// <summary>The document's words and sentences, tokenized once per check for all the rules that read them.</summary>
    public TextIndex TextIndex => _textIndex.Value;

    public DocumentAnalysis Analysis { get; }

    /// <summary>What the newsroom archive knows of this draft's people (<see cref="ArchiveView.None"/> without an archive).</summary>
    public ArchiveView Archive { get; }

    public ExtractedDocument Document => Analysis.Document;

    public string Text => Analysis.Document.Text;

    /// <summary>Settings for the whole check (house locale, article date, name authority).</summary>
    public CheckSettings Settings { get; }

    /// <summary>This rule's own settings (enabled, severity, options).</summary>
    public RuleSettings RuleSettings { get; }
}
