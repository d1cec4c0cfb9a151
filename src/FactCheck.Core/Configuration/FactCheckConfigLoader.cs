using FactCheck.Core.Model;
using FactCheck.Core.Names;
using FactCheck.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Core.Configuration;

/// <summary>
/// Reads <c>factcheck.yaml</c> into <see cref="CheckSettings"/> and finds the file that applies to a draft the way
/// <c>.editorconfig</c> is found: the nearest one in the draft's folder or above. Every mistake in the file (unknown
/// key, wrong type, unknown rule id, bad severity or locale) is a <see cref="ConfigurationException"/> that names the
/// file, line and column.
/// </summary>
public static class FactCheckConfigLoader
{
    public const string FileName = "factcheck.yaml";

    private static readonly string[] TopLevelKeys = ["locale", "rules", "names", "accept", "spelling"];
    private static readonly string[] RuleKeys = ["enabled", "severity"];
    private static readonly string[] NameKeys = ["canonical", "aliases", "role", "nationality", "affiliation"];
    private static readonly string[] SpellingKeys = ["exempt"];
    private static readonly string[] Locales = ["en-GB", "en-US"];

    /// <summary>
    /// The nearest <c>factcheck.yaml</c> in the folder of <paramref name="checkedFilePath"/> or any folder above it, up
    /// to the file-system root; null when there is none. The first one found wins; files further up are not merged.
    /// </summary>
    public static string? FindFor(string checkedFilePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(checkedFilePath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(checkedFilePath));
        while (!string.IsNullOrEmpty(directory))
        {
            var candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    /// <summary>Reads a configuration file. Rule ids are checked against <paramref name="knownRuleIds"/> (default: every shipped rule).</summary>
    public static CheckSettings Load(string path, IReadOnlyCollection<string>? knownRuleIds = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, 1, 1, $"cannot read the configuration file: {ex.Message}", ex);
        }

        return Parse(yaml, path, knownRuleIds);
    }

    /// <summary>Reads configuration text; <paramref name="fileName"/> is only used in error messages.</summary>
    public static CheckSettings Parse(string yaml, string fileName, IReadOnlyCollection<string>? knownRuleIds = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var known = knownRuleIds ?? RuleCatalog.Descriptors.Select(d => d.Id).ToArray();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var problem = (ex.InnerException as YamlException ?? ex).Message;
            throw new ConfigurationException(fileName, Math.Max(1, (int)ex.Start.Line), Math.Max(1, (int)ex.Start.Column), $"not valid YAML: {OneLine(problem)}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return CheckSettings.Default;
        }

        var reader = new Reader(fileName, known);
        return reader.Read(stream.Documents[0].RootNode);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private sealed class Reader
    {
        private readonly string _file;
        private readonly IReadOnlyCollection<string> _knownRuleIds;

        public Reader(string file, IReadOnlyCollection<string> knownRuleIds)
        {
            _file = file;
            _knownRuleIds = knownRuleIds;
        }

        public CheckSettings Read(YamlNode root)
        {
            var settings = CheckSettings.Default;
            foreach (var (key, value) in Mapping(root, "the top level", TopLevelKeys))
            {
                settings = key.Value switch
                {
                    "locale" => settings with { HouseLocale = ReadLocale(value) },
                    "rules" => settings with { Rules = ReadRules(value) },
                    "names" => settings with { NameAuthority = Sequence(value, "names").Select(ReadName).ToArray() },
                    "accept" => settings with { AcceptedWords = Strings(value, "accept") },
                    "spelling" => settings with { SpellingExemptions = ReadSpelling(value) },
                    _ => settings,
                };
            }

            return settings;
        }

        private string ReadLocale(YamlNode node)
        {
            var text = Scalar(node, "locale");
            return Locales.FirstOrDefault(l => string.Equals(l, text, StringComparison.OrdinalIgnoreCase))
                ?? throw Error(node, $"unknown locale '{text}'; use one of: {string.Join(", ", Locales)}");
        }

        private Dictionary<string, RuleSettings> ReadRules(YamlNode node)
        {
            var rules = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
            foreach (var (key, value) in Mapping(node, "rules", null))
            {
                var id = key.Value ?? string.Empty;
                if (!_knownRuleIds.Contains(id))
                {
                    throw Error(key, $"unknown rule id '{id}'; known ids: {string.Join(", ", _knownRuleIds.Order(StringComparer.Ordinal))}");
                }

                var settings = RuleSettings.Default;
                if (value is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var enabledShorthand))
                {
                    rules[id] = settings with { Enabled = enabledShorthand };
                    continue;
                }

                foreach (var (ruleKey, ruleValue) in Mapping(value, $"rule '{id}'", RuleKeys, RuleKeyAdvice))
                {
                    settings = ruleKey.Value switch
                    {
                        "enabled" => settings with { Enabled = Boolean(ruleValue, "enabled") },
                        "severity" => settings with { Severity = ReadSeverity(ruleValue) },
                        _ => settings,
                    };
                }

                rules[id] = settings;
            }

            return rules;
        }

        private Severity ReadSeverity(YamlNode node)
        {
            var text = Scalar(node, "severity");
            return SeverityNames.TryParse(text, out var severity)
                ? severity
                : throw Error(node, $"unknown severity '{text}'; use info, warning or error");
        }

        private NameAuthorityEntry ReadName(YamlNode node)
        {
            string? canonical = null;
            IReadOnlyList<string> aliases = [];
            string? role = null;
            string? nationality = null;
            string? affiliation = null;
            foreach (var (key, value) in Mapping(node, "a names entry", NameKeys))
            {
                switch (key.Value)
                {
                    case "canonical":
                        canonical = NonEmpty(value, "canonical");
                        break;
                    case "aliases":
                        aliases = Strings(value, "aliases");
                        break;
                    case "role":
                        role = NonEmpty(value, "role");
                        break;
                    case "nationality":
                        nationality = NonEmpty(value, "nationality");
                        break;
                    case "affiliation":
                        affiliation = Affiliation(value);
                        break;
                }
            }

            if (canonical is null)
            {
                throw Error(node, "a names entry needs 'canonical': the name as the house writes it");
            }

            return new NameAuthorityEntry(canonical) { Aliases = aliases, Role = role, Nationality = nationality, Affiliation = affiliation };
        }

        /// <summary>An affiliation is compared by its key, so one that folds to nothing ("—", "The Party") could never match.</summary>
        private string Affiliation(YamlNode node)
        {
            var affiliation = NonEmpty(node, "affiliation");
            return AffiliationReader.KeyOf(affiliation) is { Length: > 0 } key && key != "party"
                ? affiliation
                : throw Error(node, $"'affiliation' must name a party, organisation or faith (\"Democratic\", \"Apple\"), not '{affiliation}'");
        }

        private IReadOnlyList<string> ReadSpelling(YamlNode node)
        {
            IReadOnlyList<string> exempt = [];
            foreach (var (key, value) in Mapping(node, "spelling", SpellingKeys))
            {
                if (key.Value == "exempt")
                {
                    exempt = Strings(value, "spelling.exempt");
                }
            }

            return exempt;
        }

        /// <summary>Files written for the versions that accepted <c>options</c> (which no rule ever read) get told why it went.</summary>
        private static string RuleKeyAdvice(string key) =>
            key == "options" ? "; no rule takes options (they were accepted before but never read), so remove 'options'" : "";

        private IEnumerable<(YamlScalarNode Key, YamlNode Value)> Mapping(YamlNode node, string what, string[]? allowedKeys, Func<string, string>? advice = null)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, $"{what} must be a mapping of keys to values");
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode key || string.IsNullOrEmpty(key.Value))
                {
                    throw Error(keyNode, $"keys in {what} must be plain words");
                }

                if (allowedKeys is not null && !allowedKeys.Contains(key.Value, StringComparer.Ordinal))
                {
                    throw Error(key, $"unknown key '{key.Value}' in {what}; allowed: {string.Join(", ", allowedKeys)}{advice?.Invoke(key.Value)}");
                }

                yield return (key, value);
            }
        }

        private IEnumerable<YamlNode> Sequence(YamlNode node, string what) =>
            node as YamlSequenceNode ?? throw Error(node, $"'{what}' must be a list");

        private string[] Strings(YamlNode node, string what) =>
            Sequence(node, what).Select(item => NonEmpty(item, $"an item of '{what}'")).ToArray();

        private string Scalar(YamlNode node, string what) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"'{what}' must be a single value, not a list or mapping");

        private string NonEmpty(YamlNode node, string what)
        {
            var value = Scalar(node, what).Trim();
            return value.Length > 0 ? value : throw Error(node, $"'{what}' must not be empty");
        }

        private bool Boolean(YamlNode node, string what)
        {
            var text = Scalar(node, what);
            return bool.TryParse(text, out var value) ? value : throw Error(node, $"'{what}' must be true or false, not '{text}'");
        }

        private ConfigurationException Error(YamlNode node, string problem) =>
            new(_file, Math.Max(1, (int)node.Start.Line), Math.Max(1, (int)node.Start.Column), problem);
    }
}
