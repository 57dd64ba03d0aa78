using Rungs.Checking;

namespace Rungs.Tests.Checking;

/// <summary>A page's link numbers are packed as steps from the one before, seven bits to a byte, and read back in order.</summary>
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
    }

    [Fact]
    public void Numbers_close_to_the_one_before_take_a_byte_each()
    {
        int[] numbers = [100_000, 100_001, 100_002, 100_040, 99_990, 3];

        var packed = PackedNumbers.Pack(numbers);

        // 100,000 (zig-zagged to 200,000) takes three bytes, each small step one, and the step back to 3 three.
        Assert.Equal(3 + 1 + 1 + 1 + 1 + 3, packed.Length);
    }

    [Fact]
    public void No_numbers_pack_to_no_bytes() => Assert.Empty(PackedNumbers.Pack([]));
}
