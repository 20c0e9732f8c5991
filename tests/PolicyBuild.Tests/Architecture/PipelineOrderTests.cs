using System.Collections.Immutable;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using PolicyBuild.Diagnostics;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace PolicyBuild.Tests.Architecture;

/// <summary>
/// The folders are the pipeline: each stage (a top-level namespace of the built tool) may use only
/// the stages before it, and no two namespaces — a subfolder and its parent, or two siblings — may
/// use each other, directly or round a longer loop. Checked on the compiled assembly, so a
/// dependency through a method body counts as much as one through a signature.
/// </summary>
public class PipelineOrderTests
{
    /// <summary>The stages in pipeline order, as the README's "Repository layout" lists them.</summary>
    public static readonly ImmutableArray<string> Stages =
    [
        "Diagnostics", "Model", "Authoring", "Markdown", "Templates", "Layout",
        "Diff", "Rendering", "Reports", "Import", "Review", "Publishing", "Cli",
    ];

    private static readonly ArchUnitNET.Domain.Architecture Tool =
        new ArchLoader().LoadAssemblies(typeof(Diagnostic).Assembly).Build();

    public static TheoryData<string> StagesWithLaterStages() => [.. Stages.Take(Stages.Length - 1)];

    [Theory]
    [MemberData(nameof(StagesWithLaterStages))]
    public void A_stage_uses_no_later_stage(string stage)
    {
        var later = Stages.Skip(Stages.IndexOf(stage) + 1).ToArray();
        IArchRule rule = Types().That().ResideInNamespaceMatching(InStage(stage))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(InAnyStage(later)))
            .Because($"{stage} comes before {string.Join(", ", later)} in the pipeline");
        rule.Check(Tool);
    }

    [Fact]
    public void No_namespaces_use_each_other_in_a_cycle()
    {
        // "(**)": every namespace is a slice of its own, so parent ↔ subfolder and sibling ↔ sibling
        // loops are cycles just as stage ↔ stage ones are.
        IArchRule rule = SliceRuleDefinition.Slices().Matching("PolicyBuild.(**)").Should().BeFreeOfCycles();
        rule.Check(Tool);
    }

    [Fact]
    public void Every_type_lives_in_a_stage()
    {
        // A new top-level folder must take its place in the order (here and in the README).
        IArchRule rule = Types().That().ResideInNamespaceMatching(@"^PolicyBuild(\..*)?$")
            .Should().ResideInNamespaceMatching(InAnyStage(Stages))
            .Because("every folder of src/PolicyBuild is a stage of the pipeline");
        rule.Check(Tool);
    }

    private static string InStage(string stage) => InAnyStage([stage]);

    private static string InAnyStage(IEnumerable<string> stages) =>
        $@"^PolicyBuild\.({string.Join("|", stages)})(\..*)?$";
}
