using FactCheck.Core.Model;
using FactCheck.Core.Rules.Names;

namespace FactCheck.Core.Rules;

/// <summary>
/// One single-holder office given to two different people ("Turkish Foreign Minister A" … "Turkish Foreign Minister
/// B"), or one person given two incompatible offices, or an office the name authority's role for the person
/// contradicts. Qualified roles (former, deputy, acting, then-, ex-) are not single-holder and never conflict; a role
/// without a stated nationality is never assumed to be the same country's, unless the authority gives the person
/// that office with a nationality.
/// </summary>
public sealed class RoleConflictRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "role-conflict",
        "One role held by two people, or one person given two roles",
        Severity.Warning,
        "A single-holder office given to two different people, or one person given two incompatible offices.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var roles = new RoleFacts(context.Analysis, context.Settings.NameAuthority);
        var holders = new Dictionary<(string Office, string Nationality), RoleFacts.Holder>();
        foreach (var holder in roles.SingleHolderRoles)
        {
            if (holder.Nationality is null)
            {
                continue;
            }

            var key = (holder.Office, holder.Nationality);
            if (!holders.TryGetValue(key, out var first))
            {
                holders[key] = holder;
                continue;
            }

            if (first.Person == holder.Person)
            {
                continue;
            }

            yield return new Finding(holder.Role.Span,
                $"{holder.Role.Span.Text} is given to \"{holder.Mention.Span.Text}\" here but to \"{first.Mention.Span.Text}\" earlier; one office, two holders.")
            {
                Related = [first.Role.Span, first.Mention.Span],
                Evidence = [holder.Office, holder.Nationality, first.Person, holder.Person],
            };
        }

        foreach (var person in roles.SingleHolderRoles.GroupBy(h => h.Person))
        {
            if (roles.HouseRoleOf.TryGetValue(person.Key, out var house) &&
                person.FirstOrDefault(h => RoleFacts.AreIncompatible(h.Office, h.Nationality, house.Office, house.Nationality)) is { } contradicted)
            {
                var houseTitle = house.Entry.Nationality is null ? house.Entry.Role : $"{house.Entry.Nationality} {house.Entry.Role}";
                yield return new Finding(contradicted.Role.Span,
                    $"\"{contradicted.Mention.Span.Text}\" is called {contradicted.Role.Span.Text} here, but the name authority lists {house.Entry.Canonical} as {houseTitle}.")
                {
                    Suggestion = houseTitle,
                    Evidence = [person.Key, contradicted.Office, contradicted.Nationality ?? "", "authority", house.Office, house.Nationality ?? ""],
                };
                continue;
            }

            var first = person.First();
            foreach (var other in person.Skip(1))
            {
                if (!RoleFacts.AreIncompatible(first, other))
                {
                    continue;
                }

                yield return new Finding(other.Role.Span,
                    $"\"{other.Mention.Span.Text}\" is called {other.Role.Span.Text} here but {first.Role.Span.Text} earlier.")
                {
                    Related = [first.Role.Span],
                    Evidence = [person.Key, first.Office, other.Office, first.Nationality ?? "", other.Nationality ?? ""],
                };
                break;
            }
        }
    }
}
