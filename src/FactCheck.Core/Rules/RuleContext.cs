using FactCheck.Core.Documents;
using FactCheck.Core.Entities;

namespace FactCheck.Core.Rules;

/// <summary>What a rule sees when it runs: the analysed document and its own options.</summary>
public sealed class RuleContext
{
    public RuleContext(DocumentAnalysis analysis, CheckSettings settings, RuleSettings ruleSettings)
    {
        Analysis = analysis;
        Settings = settings;
        RuleSettings = ruleSettings;
    }

    public DocumentAnalysis Analysis { get; }

    public ExtractedDocument Document => Analysis.Document;

    public string Text => Analysis.Document.Text;

    /// <summary>Settings for the whole check (house locale, article date, name authority).</summary>
    public CheckSettings Settings { get; }

    /// <summary>This rule's own settings (enabled, severity, options).</summary>
    public RuleSettings RuleSettings { get; }
}
