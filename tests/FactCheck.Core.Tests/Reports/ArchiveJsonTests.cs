using FactCheck.Core.Model;
using FactCheck.Core.Reports;

namespace FactCheck.Core.Tests.Reports;

public sealed class ArchiveJsonTests
{
    [Theory]
    [InlineData(ArchiveClaimKind.Spelling, "spelling", "Nancy Pelosi")]
    [InlineData(ArchiveClaimKind.Office, "office", "house speaker|")]
    [InlineData(ArchiveClaimKind.Affiliation, "affiliation", "democratic")]
    public void Each_claim_kind_is_written_by_its_name_and_read_back(ArchiveClaimKind kind, string name, string value)
    {
        var evidence = new ArchiveEvidence(new ArchiveClaim(kind, "nancy pelossi", value), new ArchiveClaim(kind, "nancy pelosi", value), [new ArticleRef("capitol/1", new DateOnly(2024, 1, 10))]);

        var json = ArchiveJson.Write(evidence);
        var read = ArchiveJson.Read(json);

        Assert.Equal(name, (string?)json["draftClaim"]?["kind"]);
        Assert.Equal((evidence.DraftClaim, evidence.ArchiveSide), (read.DraftClaim, read.ArchiveSide));
    }
}
