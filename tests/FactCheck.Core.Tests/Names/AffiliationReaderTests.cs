using FactCheck.Core.Model;
using FactCheck.Core.Names;

namespace FactCheck.Core.Tests.Names;

/// <summary>Fixtures mark the person's name with {{...}} and the affiliation expected with [|...|].</summary>
public sealed class AffiliationReaderTests
{
    [Theory]
    [InlineData("Senate leader [|Democrat|] {{Chuck Schumer}} spoke.", "democratic")]
    [InlineData("The bill's sponsor, [|Republican|] Senator {{Mary Hale}}, objected.", "republican")]
    [InlineData("It fell to [|Labour|] leader {{Keir Starmer}} to answer.", "labour")]
    [InlineData("[|Apple|] CEO {{Tim Cook}} unveiled it.", "apple")]
    [InlineData("[|Microsoft|]'s chief executive {{Satya Nadella}} said so.", "microsoft")]
    [InlineData("The motion came from {{Nancy Pelosi}} ([|D-Calif.|]) on Monday.", "democratic")]
    [InlineData("Senator {{Rand Paul}} ([|R-Ky.|]) voted no.", "republican")]
    [InlineData("Senator {{Ted Cruz}} ([|R-TX|]) voted no.", "republican")]
    [InlineData("{{Bernie Sanders}} ([|I|]) abstained.", "independent")]
    [InlineData("{{Jon Tester}}, a [|Democrat|], won.", "democratic")]
    [InlineData("{{Mitt Romney}}, the [|Republican|] senator, said no.", "republican")]
    [InlineData("{{Tim Cook}}, chief executive of [|Apple|], said no.", "apple")]
    [InlineData("{{Jeremy Corbyn}}, leader of the [|Labour Party|], said no.", "labour")]
    [InlineData("{{Caroline Lucas}}, a member of the [|Green Party|], said no.", "green")]
    [InlineData("{{Ada Brandt}}, a founder of the [|Free Farmers Movement|], said no.", "free farmers movement")]
    [InlineData("The vote went to [|GOP|] Senator {{Mary Hale}} last.", "republican")]
    // A chamber between the affiliation and the title is part of the title, not in the way.
    [InlineData("[|Democratic|] Senate Majority Leader {{Chuck Schumer}} spoke.", "democratic")]
    [InlineData("[|Republican|] House Speaker {{Mike Johnson}} spoke.", "republican")]
    [InlineData("[|Labour|] Commons Leader {{Lucy Powell}} spoke.", "labour")]
    [InlineData("[|CDU|] Bundestag President {{Julia Klöckner}} opened the session.", "cdu")]
    [InlineData("[|Democratic|] State Senate Majority Leader {{Jo Ross}} spoke.", "democratic")]
    // A chamber is no organisation, but a party's caucus in it is.
    [InlineData("{{Jo Ross}}, a member of the [|Green Party|], spoke.", "green")]
    public void Reads_the_affiliation_stated_with_the_name(string fixture, string expectedKey)
    {
        var (text, name, expected) = Parse(fixture);

        var affiliation = new AffiliationReader(text, Lexicon.Shared).AffiliationOf(name);

        Assert.NotNull(affiliation);
        Assert.Equal(expected!.Offset, affiliation.Span.Offset);
        Assert.Equal(expected.Text, affiliation.Display);
        Assert.Equal(expectedKey, affiliation.Key);
    }

    [Theory]
    [InlineData("Independent. {{John Smith}} said the review was fair.")]
    [InlineData("The hearing was long.\nGreen {{Mary Hale}} arrived.")]
    [InlineData("Texas Senator {{Ted Cruz}} voted no.")]
    [InlineData("{{Ted Cruz}}, a senator from Texas, voted no.")]
    [InlineData("{{Ada Brandt}}, a professor of History, said no.")]
    [InlineData("an independent review by {{John Smith}} found nothing.")]
    [InlineData("Apple {{Tim Cook}} said nothing.")]
    [InlineData("{{Jon Tester}}, who is a Democrat, won.")]
    [InlineData("{{Mary Hale}} (2019) wrote it.")]
    [InlineData("{{Mary Hale}}, a Democrat who switched parties in a long and public fight, won.")]
    // A legislative chamber before an office is part of the title ("Senate Majority Leader"), not an affiliation.
    [InlineData("Senate Majority Leader {{Chuck Schumer}} spoke.")]
    [InlineData("House Minority Leader {{Hakeem Jeffries}} spoke.")]
    [InlineData("Senate President {{Jo Ross}} adjourned the sitting.")]
    [InlineData("Commons Speaker {{Lindsay Hoyle}} called the vote.")]
    [InlineData("Bundestag President {{Julia Klöckner}} opened the session.")]
    [InlineData("{{Jo Ross}}, leader of the Senate, adjourned the sitting.")]
    [InlineData("{{Jo Ross}}, a member of the Bundestag, adjourned the sitting.")]
    [InlineData("{{Jo Ross}}, speaker of the House of Commons, called the vote.")]
    [InlineData("US Senate President {{Jo Ross}} adjourned the sitting.")]
    public void Reads_no_affiliation_where_none_is_stated(string fixture)
    {
        var (text, name, _) = Parse(fixture);

        Assert.Null(new AffiliationReader(text, Lexicon.Shared).AffiliationOf(name));
    }

    [Theory]
    [InlineData("Democrat", "democratic")]
    [InlineData("Democratic Party", "democratic")]
    [InlineData("R", "republican")]
    [InlineData("the Labour Party", "labour")]
    [InlineData("Labour", "labour")]
    public void Normalises_an_affiliation_to_one_key(string display, string key) =>
        Assert.Equal(key, AffiliationReader.KeyOf(display));

    private static (string Text, TextSpan Name, TextSpan? Expected) Parse(string fixture)
    {
        var text = fixture;
        TextSpan? expected = null;
        var open = text.IndexOf("[|", StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = text.IndexOf("|]", open, StringComparison.Ordinal);
            text = text[..open] + text[(open + 2)..close] + text[(close + 2)..];
            expected = new TextSpan(open, close - open - 2, text.Substring(open, close - open - 2));
        }

        var nameOpen = text.IndexOf("{{", StringComparison.Ordinal);
        var nameClose = text.IndexOf("}}", nameOpen, StringComparison.Ordinal);
        text = text[..nameOpen] + text[(nameOpen + 2)..nameClose] + text[(nameClose + 2)..];
        var name = new TextSpan(nameOpen, nameClose - nameOpen - 2, text.Substring(nameOpen, nameClose - nameOpen - 2));
        if (expected is not null && expected.Offset > nameOpen)
        {
            expected = new TextSpan(expected.Offset - 4, expected.Length, expected.Text);
        }

        return (text, name, expected);
    }
}
