using FactCheck.Core.Entities.Learned;

namespace FactCheck.Core.Tests.Entities.Learned;

public sealed class PersonTaggerTrainerTests
{
    private const string Conllu = """
        # newdoc id = synthetic
        # newpar
        # text = Finance Minister Ingrid Solvang's plan passed.
        1	Finance	Finance	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-_-_-_-_
        2	Minister	Minister	PROPN	NNP	_	4	compound	_	_
        3	Ingrid	Ingrid	PROPN	NNP	_	4	compound	_	_
        4-5	Solvang's	_	_	_	_	_	_	_	_
        4	Solvang	Solvang	PROPN	NNP	_	6	nmod:poss	_	_
        5	's	's	PART	POS	_	4	case	_	Entity=1)
        6	plan	plan	NOUN	NN	_	7	nsubj	_	_
        7	passed	pass	VERB	VBD	_	0	root	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	7	punct	_	_

        # newpar
        # text = Solvang thanked the Oslo council.
        1	Solvang	Solvang	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-giv-_-_-_-_)
        2	thanked	thank	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	5	det	_	Entity=(2-organization-new-_-_-_-_
        4	Oslo	Oslo	PROPN	NNP	_	5	compound	_	Entity=(3-place-new-_-_-_-_)
        5	council	council	NOUN	NN	_	2	obj	_	Entity=2)|SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void Reader_rebuilds_the_text_and_cuts_names_without_titles_or_possessive()
    {
        var document = Assert.Single(ConlluPersonReader.Read(Conllu.ReplaceLineEndings("\n"), "fallback"));

        Assert.Equal("synthetic", document.Id);
        Assert.Equal("Finance Minister Ingrid Solvang's plan passed.\n\nSolvang thanked the Oslo council.", document.Text);
        Assert.Equal(["Ingrid Solvang", "Solvang"], document.Names.Select(n => document.Text[n.Start..n.End]));
    }

    [Fact]
    public void Training_twice_gives_identical_weights()
    {
        var documents = ConlluPersonReader.Read(Conllu.ReplaceLineEndings("\n"), "fallback");
        var options = new PersonTrainingOptions { Epochs = 3, BucketBits = 12 };

        var first = Save(new PersonTaggerTrainer().Train(documents, options));
        var second = Save(new PersonTaggerTrainer().Train(documents, options));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_saved_model_loads_to_the_same_tags()
    {
        var documents = ConlluPersonReader.Read(Conllu.ReplaceLineEndings("\n"), "fallback");
        var model = new PersonTaggerTrainer().Train(documents, new PersonTrainingOptions { Epochs = 3, BucketBits = 12 });
        using var stream = new MemoryStream(Save(model));

        var loaded = PersonTaggerModel.Load(stream);

        // Weights are stored at 16 bits, so margins may move in the last digits; the spans may not.
        Assert.Equal(Spans(new PersonTagger(model), documents[0].Text), Spans(new PersonTagger(loaded), documents[0].Text));
    }

    private static (int, int)[] Spans(PersonTagger tagger, string text) => tagger.Tag(text).Select(s => (s.Offset, s.Length)).ToArray();

    private static byte[] Save(PersonTaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
