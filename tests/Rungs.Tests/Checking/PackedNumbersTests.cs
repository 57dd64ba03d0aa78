using Rungs.Checking;

namespace Rungs.Tests.Checking;

/// <summary>A page's link numbers are packed seven bits to a byte and read back in order.</summary>
public class PackedNumbersTests
{
    [Fact]
    public void Numbers_are_read_back_as_they_were_packed()
    {
        int[] numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 2_000_000, int.MaxValue, 5];
        var packed = PackedNumbers.Pack(numbers);

        var read = new List<int>();
        foreach (var number in PackedNumbers.Read(packed)) read.Add(number);

        Assert.Equal(numbers, read);
        Assert.Equal(1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 5 + 1, packed.Length);
    }

    [Fact]
    public void No_numbers_pack_to_no_bytes() => Assert.Empty(PackedNumbers.Pack([]));
}
