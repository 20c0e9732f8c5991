using PolicyBuild.RedlineHarness.Generation;
using PolicyBuild.RedlineHarness.Model;

namespace PolicyBuild.RedlineHarness.Writing;

/// <summary>Both versions of a pair as the files an author would write, to read a failure or commit it as a regression case.</summary>
public static class PairText
{
    public static string Describe(GenPair pair) => $"--- baseline\n{Files(pair.Baseline)}--- draft\n{Files(pair.Draft)}";

    public static string Files(GenPolicy policy)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"policybuild-pairtext-{Guid.NewGuid():N}");
        try
        {
            PolicyFolderWriter.Write(policy, dir);
            return string.Concat(Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Where(f => !f.EndsWith("policy.yml", StringComparison.Ordinal) || policy.Version != "1.0")
                .Select(f => $"## {Path.GetRelativePath(dir, f)}\n{File.ReadAllText(f)}"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
