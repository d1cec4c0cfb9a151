using FactCheck.Core.Checking;
using FactCheck.Core.Diagnostics;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>
/// The check grows linearly with its input, measured in counted work (tokens, name comparisons, cluster candidates)
/// rather than on the clock: doubling an article may at most about double the work.
/// </summary>
public sealed class CheckWorkTests
{
    private static readonly DocumentChecker Checker = new(new LocalEntityRecognizer());

    [Fact]
    public async Task Doubling_the_people_in_an_article_at_most_about_doubles_the_work()
    {
        // Above MaxComparedIntroductions, so every bounded comparison loop is already at its cap.
        const int people = 1_000;
        var work = await WorkOf(GeneratedArticles.WithPeople(people));
        var doubled = await WorkOf(GeneratedArticles.WithPeople(2 * people));

        Assert.True(doubled <= 2.5 * work, $"{people} people took {work} units, {2 * people} took {doubled} ({(double)doubled / work:F2}×).");
    }

    [Fact]
    public async Task A_first_line_naming_thousands_of_people_costs_at_most_the_bounded_comparisons_per_name()
    {
        // The invented surnames share transliteration skeletons, so how many first-line names are recognized grows
        // faster than the article (more introduced people, more matches); each costs at most MaxComparedIntroductions
        // comparisons, never one per person in the article.
        const int people = 2_000;
        var work = await WorkOf(GeneratedArticles.WithCrowdedHeadline(people));

        Assert.InRange(work, people, 2L * people * (IntroducedPeople.MaxComparedIntroductions + 30));
    }

    [Fact]
    public async Task An_article_naming_ten_thousand_people_does_no_pairwise_comparison_of_all_of_them()
    {
        const int people = 10_000;
        var text = GeneratedArticles.WithPeople(people);
        var work = await WorkOf(text);

        // Tokens are about 30 per person; the bounded loops add at most MaxComparedIntroductions per mention.
        // All pairs would be 50 million units.
        Assert.InRange(work, people, 3L * people * IntroducedPeople.MaxComparedIntroductions);
        Assert.True(work < (long)people * people / 4, $"{work} units for {people} people");
    }

    [Fact]
    public async Task The_work_counter_counts_only_inside_its_scope()
    {
        var document = ExtractedDocument.FromPlainText(GeneratedArticles.WithPeople(10));
        await Checker.CheckAsync(document);
        using var counter = CheckWork.Scope();
        Assert.Equal(0, counter.Units);
        await Checker.CheckAsync(document);
        Assert.True(counter.Units > 0);
    }

    private static async Task<long> WorkOf(string text)
    {
        using var counter = CheckWork.Scope();
        await Checker.CheckAsync(ExtractedDocument.FromPlainText(text));
        return counter.Units;
    }
}
