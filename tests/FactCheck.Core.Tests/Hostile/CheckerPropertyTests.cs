using FactCheck.Core.Checking;
using FactCheck.Core.Documents;
using FactCheck.Core.Entities.Local;
using FactCheck.Core.Model;
using FsCheck.Xunit;

namespace FactCheck.Core.Tests.Hostile;

/// <summary>Any string checks to a report whose every location lies inside the text and quotes it exactly.</summary>
public sealed class CheckerPropertyTests
{
    private static readonly DocumentChecker Checker = new(new LocalEntityRecognizer());

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public async Task Any_text_checks_to_a_report_with_every_location_inside_the_text(string text)
    {
        var document = ExtractedDocument.FromPlainText(text);
        var report = await Checker.CheckAsync(document);

        // Plain text is its own source; a hard-wrapped paragraph's wraps may become spaces, and nothing else changes.
        Assert.Equal(text.Length, report.Text!.Length);
        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(report.Text[i] == text[i] || (char.IsWhiteSpace(text[i]) && report.Text[i] == ' '), $"character {i} changed");
        }

        text = report.Text;
        foreach (var flag in report.Flags)
        {
            AssertInside(text, flag.Location, flag.Rule);
            foreach (var related in flag.Related)
            {
                AssertInside(text, related, flag.Rule + " (related)");
            }
        }

        foreach (var entity in report.Entities)
        {
            Assert.InRange(entity.Offset, 0, text.Length);
            Assert.InRange(entity.End, entity.Offset, text.Length);
            Assert.Equal(text.Substring(entity.Offset, entity.Length), entity.Text);
        }
    }

    internal static void AssertInside(string text, FlagLocation location, string rule)
    {
        Assert.True(location.Offset >= 0 && location.Length >= 0 && location.Offset + location.Length <= text.Length,
            $"{rule}: {location.Offset}+{location.Length} outside a text of {text.Length}");
        Assert.Equal(text.Substring(location.Offset, location.Length), location.Text);
        Assert.True(location.Line >= 1 && location.Column >= 1, $"{rule}: line {location.Line} column {location.Column}");
    }
}
