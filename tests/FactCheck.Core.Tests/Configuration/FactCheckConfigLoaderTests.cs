using FactCheck.Core.Configuration;
using FactCheck.Core.Model;
using FactCheck.Core.Rules;

namespace FactCheck.Core.Tests.Configuration;

public sealed class FactCheckConfigLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factcheck-config-" + Guid.NewGuid().ToString("N"));

    public FactCheckConfigLoaderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_every_key()
    {
        var settings = FactCheckConfigLoader.Parse(
            """
            locale: en-GB
            rules:
              spelling-variant:
                enabled: false
              number-mismatch:
                severity: error
              stray-line: false
            names:
              - canonical: Mevlüt Çavuşoğlu
                aliases: [Mevlut Cavusoglu, Cavusoglu]
                role: Foreign Minister
                nationality: Turkish
              - canonical: Nancy Pelosi
                affiliation: Democrat
              - canonical: Faisal Mekdad
            accept:
              - Davutoglu
              - Athr Press
            spelling:
              exempt:
                - Harbour Authority
            """,
            "factcheck.yaml");

        Assert.Equal("en-GB", settings.HouseLocale);
        Assert.False(settings.For(SpellingVariantRule.Info).Enabled);
        Assert.False(settings.For(StrayLineRule.Info).Enabled);
        Assert.Equal(Severity.Error, settings.For(NumberMismatchRule.Info).Severity);
        Assert.True(settings.For(DateWeekdayRule.Info).Enabled);
        var minister = settings.NameAuthority[0];
        Assert.Equal("Mevlüt Çavuşoğlu", minister.Canonical);
        Assert.Equal(["Mevlut Cavusoglu", "Cavusoglu"], minister.Aliases);
        Assert.Equal("Foreign Minister", minister.Role);
        Assert.Equal("Turkish", minister.Nationality);
        Assert.Null(minister.Affiliation);
        Assert.Equal("Democrat", settings.NameAuthority[1].Affiliation);
        Assert.Equal("Faisal Mekdad", settings.NameAuthority[2].Canonical);
        Assert.Empty(settings.NameAuthority[2].Aliases);
        Assert.Null(settings.NameAuthority[2].Role);
        Assert.Equal(["Davutoglu", "Athr Press"], settings.AcceptedWords);
        Assert.Equal(["Harbour Authority"], settings.SpellingExemptions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_means_defaults(string yaml)
    {
        var settings = FactCheckConfigLoader.Parse(yaml, "factcheck.yaml");
        Assert.Empty(settings.Rules);
        Assert.Null(settings.HouseLocale);
    }

    [Theory]
    [InlineData("locale: en-GB\nrules:\n  spelling-variant:\n    enabled: true\n  name-mismatc:\n    enabled: false\n", 5, 3, "unknown rule id 'name-mismatc'; known ids: ")]
    [InlineData("locale: en-GB\nlocal: en-US\n", 2, 1, "unknown key 'local' in the top level; allowed: locale, rules, names, accept, spelling")]
    [InlineData("locale: fr-FR\n", 1, 9, "unknown locale 'fr-FR'; use one of: en-GB, en-US")]
    [InlineData("rules:\n  date-weekday:\n    severity: loud\n", 3, 15, "unknown severity 'loud'; use info, warning or error")]
    [InlineData("rules:\n  date-weekday:\n    enabled: maybe\n", 3, 14, "'enabled' must be true or false, not 'maybe'")]
    [InlineData("rules:\n  date-weekday:\n    colour: red\n", 3, 5, "unknown key 'colour' in rule 'date-weekday'; allowed: enabled, severity")]
    [InlineData("rules:\n  date-weekday:\n    options:\n      note: x\n", 3, 5, "unknown key 'options' in rule 'date-weekday'; allowed: enabled, severity; no rule takes options (they were accepted before but never read), so remove 'options'")]
    [InlineData("accept: Davutoglu\n", 1, 9, "'accept' must be a list")]
    [InlineData("names:\n  - role: Foreign Minister\n", 2, 5, "a names entry needs 'canonical': the name as the house writes it")]
    [InlineData("names:\n  - canonical: A\n    title: B\n", 3, 5, "unknown key 'title' in a names entry; allowed: canonical, aliases, role, nationality, affiliation")]
    [InlineData("names:\n  - canonical: A\n    affiliation: [Democrat, Catholic]\n", 3, 18, "'affiliation' must be a single value, not a list or mapping")]
    [InlineData("names:\n  - canonical: A\n    affiliation: ''\n", 3, 18, "'affiliation' must not be empty")]
    [InlineData("names:\n  - canonical: A\n    affiliation: The Party\n", 3, 18, "'affiliation' must name a party, organisation or faith (\"Democratic\", \"Apple\"), not 'The Party'")]
    [InlineData("spelling:\n  exempt:\n    - [a, b]\n", 3, 7, "'an item of 'spelling.exempt'' must be a single value, not a list or mapping")]
    [InlineData("- just\n- a list\n", 1, 1, "the top level must be a mapping of keys to values")]
    [InlineData("rules:\n  date-weekday: {enabled: true\n", 3, 1, "not valid YAML")]
    [InlineData("locale: en-GB\nlocale: en-US\n", 2, 1, "not valid YAML: Duplicate key locale")]
    public void Mistakes_name_file_line_column_and_problem(string yaml, int line, int column, string problem)
    {
        var error = Assert.Throws<ConfigurationException>(() => FactCheckConfigLoader.Parse(yaml, "factcheck.yaml"));
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"factcheck.yaml:{line}:{column}: {problem}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_alias_to_nothing_is_a_configuration_error_not_a_crash()
    {
        var error = Assert.Throws<ConfigurationException>(() => FactCheckConfigLoader.Parse("accept:\n  - *nowhere\n", "factcheck.yaml"));
        Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rule_id_lists_the_known_ids()
    {
        var error = Assert.Throws<ConfigurationException>(() => FactCheckConfigLoader.Parse("rules:\n  bogus: false\n", "f.yaml", ["b-rule", "a-rule"]));
        Assert.Equal("f.yaml:2:3: unknown rule id 'bogus'; known ids: a-rule, b-rule", error.Message);
    }

    [Fact]
    public void Load_reads_a_file_and_reports_a_missing_one()
    {
        var path = Path.Combine(_root, "factcheck.yaml");
        File.WriteAllText(path, "locale: en-US\n");
        Assert.Equal("en-US", FactCheckConfigLoader.Load(path).HouseLocale);
        var missing = Assert.Throws<ConfigurationException>(() => FactCheckConfigLoader.Load(Path.Combine(_root, "nope.yaml")));
        Assert.StartsWith(Path.Combine(_root, "nope.yaml") + ":1:1: cannot read", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindFor_takes_the_nearest_file_upward()
    {
        var desk = Directory.CreateDirectory(Path.Combine(_root, "news", "world", "desk")).FullName;
        var article = Path.Combine(desk, "draft.txt");
        // A factcheck.yaml above the temporary folder is outside this test's control; none may be found inside it.
        Assert.Null(FactCheckConfigLoader.FindFor(article) is { } found && found.StartsWith(_root, StringComparison.Ordinal) ? found : null);

        File.WriteAllText(Path.Combine(_root, "factcheck.yaml"), "locale: en-US\n");
        Assert.Equal(Path.Combine(_root, "factcheck.yaml"), FactCheckConfigLoader.FindFor(article));

        File.WriteAllText(Path.Combine(_root, "news", "world", "factcheck.yaml"), "locale: en-GB\n");
        Assert.Equal(Path.Combine(_root, "news", "world", "factcheck.yaml"), FactCheckConfigLoader.FindFor(article));
        Assert.Equal(Path.Combine(_root, "factcheck.yaml"), FactCheckConfigLoader.FindFor(Path.Combine(_root, "news", "other.txt")));
    }
}
