using System.Text;
using FactCheck.Core.Documents;

namespace FactCheck.Core.Tests.Documents;

public sealed class DecodedSourceTests
{
    [Fact]
    public void Utf8_columns_follow_the_reviewdog_proto_example()
    {
        var source = DecodedSource.Decode("a.txt", Encoding.UTF8.GetBytes("x\na𐐀b\n"));

        Assert.Equal(1, source.Utf8Column(2, 1));
        Assert.Equal(2, source.Utf8Column(2, 2));
        Assert.Equal(6, source.Utf8Column(2, 4));
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(2, 3, 7)]
    [InlineData(3, 1, 9)]
    public void Offsets_count_crlf_lf_and_cr_line_ends_alike(int line, int column, int offset)
    {
        var source = DecodedSource.Decode("a.txt", Encoding.UTF8.GetBytes("abc\r\nxyz\rq\n"));

        Assert.Equal(offset, source.OffsetOf(line, column));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 9)]
    [InlineData(5, 1)]
    public void A_place_the_source_does_not_have_has_no_offset(int line, int column)
    {
        var source = DecodedSource.Decode("a.txt", Encoding.UTF8.GetBytes("abc\nxyz\n"));

        Assert.Null(source.OffsetOf(line, column));
    }

    [Fact]
    public void Knows_the_encoding_and_mark_it_read()
    {
        var source = DecodedSource.Decode("a.txt", [0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.Equal(3, source.PreambleLength);
        Assert.Equal("utf-8", source.Encoding.WebName);
        Assert.Equal("hi", source.Text);
        Assert.Equal(4, source.ByteOffsetOf(1));
    }
}
