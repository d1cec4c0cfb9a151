using FactCheck.Core.Archive;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities;
using FactCheck.Core.Model;
using FactCheck.Core.Rules.Text;

namespace FactCheck.Core.Rules;

/// <summary>
/// Runs the enabled rules over an analysed document and turns their findings into flags: severity from
/// settings, line and column from the source map, ids from evidence, suppressions and the accept list applied.
/// </summary>
public sealed class RuleEngine
{
    private readonly IReadOnlyList<IRule> _rules;

    public RuleEngine(IEnumerable<IRule> rules)
    {
        _rules = rules.ToArray();
        var duplicate = _rules.GroupBy(r => r.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rules share the id '{duplicate.Key}'.", nameof(rules));
        }
    }

    public IReadOnlyList<IRule> Rules => _rules;

    /// <param name="analysis">The analysed document.</param>
    /// <param name="settings">The check's settings.</param>
    /// <param name="archive">What the archive knows of the draft's people.</param>
    /// <param name="textIndex">The document's words and sentences, when the caller tokenized them already.</param>
    public IReadOnlyList<Flag> Run(DocumentAnalysis analysis, CheckSettings settings, ArchiveView? archive = null, Lazy<TextIndex>? textIndex = null)
    {
        var flags = new List<Flag>();
        var document = analysis.Document;
        var accepted = new HashSet<string>(settings.AcceptedWords.Select(w => w.Trim()), StringComparer.OrdinalIgnoreCase);
        textIndex ??= new Lazy<TextIndex>(() => new TextIndex(document), LazyThreadSafetyMode.None);
        foreach (var rule in _rules)
        {
            var ruleSettings = settings.For(rule.Descriptor);
            if (!ruleSettings.Enabled)
            {
                continue;
            }

            var severity = ruleSettings.Severity ?? rule.Descriptor.DefaultSeverity;
            Dictionary<string, int>? occurrences = null;
            var context = new RuleContext(analysis, settings, ruleSettings, textIndex, archive);
            foreach (var finding in rule.Check(context).OrderBy(f => f.Span.Offset))
            {
                if (IsSuppressed(document, rule.Descriptor.Id, finding.Span.Offset) || accepted.Contains(finding.Span.Text.Trim()))
                {
                    continue;
                }

                var evidence = finding.Evidence.Count > 0 ? finding.Evidence : [finding.Span.Text];
                var key = string.Join('\u001f', evidence);
                occurrences ??= new Dictionary<string, int>(StringComparer.Ordinal);
                occurrences.TryGetValue(key, out var occurrence);
                occurrences[key] = occurrence + 1;
                flags.Add(new Flag(
                    FlagFingerprint.Compute(rule.Descriptor.Id, evidence, occurrence),
                    rule.Descriptor.Id,
                    severity,
                    finding.Message,
                    Locate(document, finding.Span))
                {
                    Suggestion = finding.Suggestion,
                    Related = finding.Related.Select(r => Locate(document, r)).ToArray(),
                    Archive = finding.Archive,
                });
            }
        }

        return flags.OrderBy(f => f.Location.Offset).ThenBy(f => f.Rule, StringComparer.Ordinal).ToArray();
    }

    public static FlagLocation Locate(ExtractedDocument document, TextSpan span)
    {
        var position = document.PositionOf(span.Offset);
        return new FlagLocation(span.Offset, span.Length, position.Line, position.Column, span.Text);
    }

    private static bool IsSuppressed(ExtractedDocument document, string ruleId, int offset)
    {
        foreach (var suppression in document.Suppressions)
        {
            if (offset >= suppression.Start && offset < suppression.End &&
                (suppression.RuleIds.Count == 0 || suppression.RuleIds.Contains(ruleId, StringComparer.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
