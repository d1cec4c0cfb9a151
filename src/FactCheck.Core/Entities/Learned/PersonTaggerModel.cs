using System.IO.Compression;

namespace FactCheck.Core.Entities.Learned;

/// <summary>
/// The weights of the person tagger: one row of three class scores (Outside, Begin, Inside) per hashed feature
/// bucket. Saved as gzip of the non-zero rows only, quantized to 16 bits, so the embedded file stays small.
/// </summary>
public sealed class PersonTaggerModel
{
    public const int Classes = 3;

    private const uint Magic = 0x54504346; // "FCPT"
    private const int Version = 1;

    private ulong[]? _present;

    internal PersonTaggerModel(int bucketBits, float[] weights, string commonnessName)
    {
        if (weights.Length != (1 << bucketBits) * Classes)
        {
            throw new ArgumentException("The weights do not match the bucket count.", nameof(weights));
        }

        BucketBits = bucketBits;
        Weights = weights;
        CommonnessName = commonnessName;
    }

    public int BucketBits { get; }

    internal int Mask => (1 << BucketBits) - 1;

    internal float[] Weights { get; }

    /// <summary>One bit per bucket: set where the row has a non-zero weight. Built on first use, after any pruning.</summary>
    internal ulong[] Present
    {
        get
        {
            if (_present is null)
            {
                var present = new ulong[Math.Max(1, (1 << BucketBits) / 64)];
                for (var bucket = 0; bucket < 1 << BucketBits; bucket++)
                {
                    var row = bucket * Classes;
                    if (Weights[row] != 0 || Weights[row + 1] != 0 || Weights[row + 2] != 0)
                    {
                        present[bucket >> 6] |= 1UL << bucket;
                    }
                }

                _present = present;
            }

            return _present;
        }
    }

    /// <summary>The <see cref="IWordCommonness.Name"/> the model was trained with, or empty for none.</summary>
    public string CommonnessName { get; }

    public int NonZeroRows
    {
        get
        {
            var rows = 0;
            for (var row = 0; row < Weights.Length; row += Classes)
            {
                rows += Weights[row] != 0 || Weights[row + 1] != 0 || Weights[row + 2] != 0 ? 1 : 0;
            }

            return rows;
        }
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var scale = Weights.Length == 0 ? 1f : Weights.Max(Math.Abs) / short.MaxValue;
        if (scale == 0)
        {
            scale = 1;
        }

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BucketBits);
        writer.Write(CommonnessName);
        writer.Write(scale);
        writer.Write(NonZeroRows);
        var previous = 0;
        for (var bucket = 0; bucket < 1 << BucketBits; bucket++)
        {
            var row = bucket * Classes;
            if (Weights[row] == 0 && Weights[row + 1] == 0 && Weights[row + 2] == 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            for (var c = 0; c < Classes; c++)
            {
                writer.Write((short)Math.Round(Weights[row + c] / scale));
            }
        }
    }

    public static PersonTaggerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a person-tagger model of a version this build reads.");
        }

        var bucketBits = reader.ReadInt32();
        if (bucketBits is < 8 or > 24)
        {
            throw new InvalidDataException($"Person-tagger model: implausible bucket count 2^{bucketBits}.");
        }

        var commonness = reader.ReadString();
        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var weights = new float[(1 << bucketBits) * Classes];
        var bucket = 0;
        for (var r = 0; r < rows; r++)
        {
            bucket += reader.Read7BitEncodedInt();
            for (var c = 0; c < Classes; c++)
            {
                weights[(bucket * Classes) + c] = reader.ReadInt16() * scale;
            }
        }

        return new PersonTaggerModel(bucketBits, weights, commonness);
    }

    /// <summary>Zeroes every row whose largest weight is below <paramref name="threshold"/>: they barely move a score.</summary>
    internal void Prune(float threshold)
    {
        for (var row = 0; row < Weights.Length; row += Classes)
        {
            if (Math.Abs(Weights[row]) < threshold && Math.Abs(Weights[row + 1]) < threshold && Math.Abs(Weights[row + 2]) < threshold)
            {
                Weights[row] = Weights[row + 1] = Weights[row + 2] = 0;
            }
        }
    }
}
