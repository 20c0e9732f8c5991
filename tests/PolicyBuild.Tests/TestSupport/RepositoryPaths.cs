namespace PolicyBuild.Tests.TestSupport;

/// <summary>Paths of the repository the tests run from (found by walking up to PolicyBuild.slnx).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SamplePolicy => Path.Combine(Root, "policy-src", "social-media");

    public static string SampleBaseline => Path.Combine(SamplePolicy, "baselines", "2018-adopted");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>The folder of a test source file, for golden files kept beside the tests.</summary>
    public static string TestFolder(string relative) => Path.Combine(Root, "tests", "PolicyBuild.Tests", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBuild.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyBuild.slnx not found above " + AppContext.BaseDirectory);
    }
}
