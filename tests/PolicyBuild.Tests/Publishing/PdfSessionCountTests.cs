using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// How many LibreOffice sessions a run starts by itself: a second one only where a core is free for it
/// (its start costs ~0.7 s of one core), read from the kernel's load average; anything unclear means one.
/// </summary>
public sealed class PdfSessionCountTests
{
    [Theory]
    [InlineData(2, 0.3, 2)]
    [InlineData(2, 1.9, 2)]
    [InlineData(2, 2.0, 1)] // every core busy on average: the second start would take its time from the first
    [InlineData(2, 25.0, 1)]
    [InlineData(8, 5.5, 2)]
    [InlineData(1, 0.0, 1)] // one core: a second session only ever waits for the first
    public void A_second_session_starts_only_with_a_core_to_spare(int cores, double load, int sessions) =>
        Assert.Equal(sessions, LibreOfficeSource.SessionsFor(cores, load));

    [Fact]
    public void An_unknown_load_starts_one_session() => Assert.Equal(1, LibreOfficeSource.SessionsFor(16, null));

    [Theory]
    [InlineData("0.52 0.58 0.59 1/467 12345\n", 0.52)]
    [InlineData("12.00 8.10 3.00 9/900 1", 12.0)]
    [InlineData("3 2 1 1/1 1", 3.0)]
    public void The_kernels_load_average_is_its_first_field(string text, double expected) =>
        Assert.Equal(expected, LoadAverage.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("busy 0.5 0.5 1/1 1")]
    [InlineData("-1.0 0 0 1/1 1")]
    [InlineData("NaN 0 0")]
    public void A_load_average_that_is_not_a_number_is_unknown(string text) => Assert.Null(LoadAverage.Parse(text));

    [Fact]
    public void This_machines_load_average_is_read() =>
        Assert.True(LoadAverage.OneMinute() is >= 0, "/proc/loadavg gave no load average");
}
