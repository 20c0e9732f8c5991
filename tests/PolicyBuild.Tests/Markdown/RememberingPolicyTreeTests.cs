using PolicyBuild.Authoring;
using PolicyBuild.Markdown.Lint;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Markdown;

/// <summary>
/// `check` reads a policy through a tree that remembers each file, and the loader reads ahead on every
/// core: the tree is read from several threads at once (a `check` of 1,000 clauses crashed on a
/// corrupted dictionary, one run in four).
/// </summary>
public sealed class RememberingPolicyTreeTests : IDisposable
{
    private const int Files = 2_000;
    private readonly TempDirectory _temp = new();

    public RememberingPolicyTreeTests()
    {
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllText(_temp.Combine($"{i}.md"), $"clause {i}");
        }
    }

    [Fact]
    public void Files_read_from_many_threads_at_once_are_each_remembered_as_read()
    {
        for (var round = 0; round < 60; round++)
        {
            var tree = new RememberingPolicyTree(new DirectoryPolicyTree(_temp.Path));
            Parallel.For(0, Files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => Assert.Equal($"clause {i}", tree.ReadAllText($"{i}.md")));
            for (var i = 0; i < Files; i++)
            {
                Assert.Equal($"clause {i}", tree.ReadAllText($"{i}.md"));
                Assert.True(tree.FileExists($"{i}.md"));
            }
        }
    }

    public void Dispose() => _temp.Dispose();
}
