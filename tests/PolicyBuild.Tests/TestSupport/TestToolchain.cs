using PolicyBuild.Authoring;
using PolicyBuild.Diff;
using PolicyBuild.Layout;
using PolicyBuild.Model;
using PolicyBuild.Publishing;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Templates;

namespace PolicyBuild.Tests.TestSupport;

/// <summary>The real pipeline with the repository's templates, for tests.</summary>
public static class TestToolchain
{
    public static Toolchain Create() => new(new TemplateSet(RepositoryPaths.Templates));

    public static Policy Load(string directory) => Create().Loader.Load(new DirectoryPolicyTree(directory));

    public static LayoutDocument Layout(string directory)
    {
        var toolchain = Create();
        return toolchain.Layout.Render(toolchain.Loader.Load(new DirectoryPolicyTree(directory)));
    }

    /// <summary>Clean draft, clean baseline and marked document of a pair of policy folders.</summary>
    public static (byte[] Draft, byte[] Baseline, byte[] Marked, ChangeSet Changes) BuildPair(string baselineDir, string draftDir)
    {
        var toolchain = Create();
        var baseline = toolchain.Loader.Load(new DirectoryPolicyTree(baselineDir));
        var draft = toolchain.Loader.Load(new DirectoryPolicyTree(draftDir));
        var baselineLayout = toolchain.Layout.Render(baseline);
        var draftLayout = toolchain.Layout.Render(draft);
        var redline = new LayoutDiffer().Compare(baselineLayout, draftLayout);
        var revisions = new RevisionContext("Test Author", new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        return (toolchain.Writer.Write(draftLayout), toolchain.Writer.Write(baselineLayout),
            toolchain.Writer.Write(redline.Document, revisions), ChangeSetBuilder.Build(baseline, draft, redline));
    }

    /// <summary>The marked layout (draft compared with baseline) of a pair of policy folders, before any writer sees it.</summary>
    public static LayoutDocument MarkedLayout(string baselineDir, string draftDir) =>
        new LayoutDiffer().Compare(Layout(baselineDir), Layout(draftDir)).Document;
}
