using System.Text.RegularExpressions;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Architecture;

/// <summary>
/// Every Word package the tool reads is opened through <see cref="PolicyBuild.Rendering.Docx.InMemoryPackage"/>
/// (import through WordPackage, which checks its limits first). Opened by the SDK read-only, from a path or a
/// stream it cannot write to, a package is first copied into the temporary folder and the copy deleted only
/// on dispose, so a run that ended meanwhile left it there (the reference document did).
/// </summary>
public sealed partial class PackageOpeningTests
{
    [Fact]
    public void Only_InMemoryPackage_opens_a_word_package()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "PolicyBuild");
        var opening = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => PackageOpen().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["Rendering/Docx/InMemoryPackage.cs"], opening);
    }

    [GeneratedRegex(@"\b(Wordprocessing|Spreadsheet|Presentation)Document\s*\.\s*Open\s*\(")]
    private static partial Regex PackageOpen();
}
