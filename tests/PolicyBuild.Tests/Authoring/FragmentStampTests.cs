using PolicyBuild.Authoring;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Authoring;

/// <summary>
/// What watch's fragment cache trusts a file by: its size and last write time, read in one status; a
/// symbolic link (to a file or to nothing) or a missing file has no stamp, so it is never taken from the
/// cache and is read, and checked, afresh.
/// </summary>
public sealed class FragmentStampTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_file_is_stamped_with_its_size_and_last_write_time()
    {
        var file = _temp.Combine("10-purpose.md");
        File.WriteAllText(file, "This policy sets out the rules.\n");
        var written = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, written);

        Assert.Equal(new FileStamp(32, written.Ticks), FragmentCache.Stamp(file));
    }

    [Fact]
    public void A_symbolic_link_a_dangling_link_and_a_missing_file_have_no_stamp()
    {
        var target = _temp.Combine("target.md");
        File.WriteAllText(target, "This policy sets out the rules.\n");
        var link = _temp.Combine("10-purpose.md");
        File.CreateSymbolicLink(link, target);
        var dangling = _temp.Combine("20-scope.md");
        File.CreateSymbolicLink(dangling, _temp.Combine("gone.md"));

        Assert.NotNull(FragmentCache.Stamp(target));
        Assert.Null(FragmentCache.Stamp(link));
        Assert.Null(FragmentCache.Stamp(dangling));
        Assert.Null(FragmentCache.Stamp(_temp.Combine("30-missing.md")));
    }
}
