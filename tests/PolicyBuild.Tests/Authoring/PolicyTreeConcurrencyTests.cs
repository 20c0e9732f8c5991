using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Markdown;
using PolicyBuild.Markdown.CrossReferences;
using PolicyBuild.Markdown.Lint;
using PolicyBuild.Model;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Authoring;

/// <summary>
/// The loader reads a policy's fragment files ahead on every core, from whichever tree holds them: a
/// folder, a git revision, the linter's remembering tree. Each kind of tree, shared by many loads at
/// once, gives every load the policy one load alone gives. Every implementation of <see cref="IPolicyTree"/>
/// in the tool must be listed here, so a new kind of tree cannot miss this check.
/// </summary>
public sealed class PolicyTreeConcurrencyTests : IDisposable
{
    private static readonly PolicyLoader Loader = new(new CrossReferenceValidator(PolicyMarkdown.CreatePipeline()));

    private readonly TempDirectory _temp = new();
    private readonly string _policy;

    public PolicyTreeConcurrencyTests()
    {
        var policy = new TestPolicy();
        for (var s = 0; s < 3; s++)
        {
            policy.Section($"part-{s}", $"Part {s}", [.. Enumerable.Range(0, 60).Select(c => ($"rule-{s}-{c}", $"Rule {c} of part {s}, see [](#rule-{(s + 1) % 3}-{c})."))]);
        }

        _policy = policy.WriteTo(_temp.Combine("repo", "policy"));
        TestGit.InitAndCommit(_temp.Combine("repo"));
    }

    public void Dispose() => _temp.Dispose();

    private static readonly Dictionary<string, Func<string, IPolicyTree>> Trees = new()
    {
        [nameof(DirectoryPolicyTree)] = folder => new DirectoryPolicyTree(folder),
        [nameof(GitPolicyTree)] = folder => GitPolicyTree.TryOpen(folder, "HEAD")!,
        [nameof(RememberingPolicyTree)] = folder => new RememberingPolicyTree(new DirectoryPolicyTree(folder)),
        [nameof(RememberingPolicyTree) + " of a revision"] = folder => new RememberingPolicyTree(GitPolicyTree.TryOpen(folder, "HEAD")!),
    };

    public static TheoryData<string> TreeNames() => [.. Trees.Keys];

    [Fact]
    public void Every_kind_of_policy_tree_is_checked()
    {
        var kinds = typeof(IPolicyTree).Assembly.GetTypes()
            .Where(t => typeof(IPolicyTree).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => t.Name);

        Assert.All(kinds, kind => Assert.Contains(kind, Trees.Keys));
    }

    [Theory]
    [MemberData(nameof(TreeNames))]
    public async Task One_tree_shared_by_loads_at_once_gives_each_the_same_policy(string name)
    {
        var expected = Describe(Loader.Load(Trees[name](_policy)));
        Assert.Equal(180, expected.Count);

        // Each round a fresh tree, first read by eight loads released at once: a tree that fills a cache
        // as it is read is filled from all of them together.
        for (var round = 0; round < 10; round++)
        {
            var shared = Trees[name](_policy);
            using var start = new Barrier(8);
            var loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                var diagnostics = new DiagnosticBag();
                var policy = Loader.Load(shared, diagnostics);
                Assert.Empty(diagnostics.Items);
                return Describe(policy);
            }, TaskCreationOptions.LongRunning)));

            Assert.All(loads, described => Assert.Equal(expected, described));
        }
    }

    private static List<string> Describe(Policy policy) => [.. policy.Clauses.Select(c => c.ToString())];
}
