namespace FactCheck.Core.Rules;

/// <summary>Every rule FactCheck ships, in report order. Adding a rule: one class, one line here, its tests and doc page.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> CreateAll() =>
    [
        new NameMismatchRule(),
        new UnintroducedNameRule(),
        new NameSpellingVariantRule(),
        new RoleConflictRule(),
        new HeadlineBodyRule(),
        new SpellingVariantRule(),
        new NumberMismatchRule(),
        new DateWeekdayRule(),
        new DuplicateTextRule(),
        new StrayLineRule(),
        new ArchiveNameVariantRule(),
        new ArchiveOfficeConflictRule(),
    ];

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = CreateAll().Select(r => r.Descriptor).ToArray();
}
