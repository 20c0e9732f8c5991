using PolicyBuild.Authoring;
using PolicyBuild.Diagnostics;
using PolicyBuild.Diff;
using PolicyBuild.Layout;
using PolicyBuild.Model;
using PolicyBuild.Publishing.Outputs;
using PolicyBuild.Rendering.Docx;
using PolicyBuild.Reports;

namespace PolicyBuild.Publishing;

/// <summary>
/// Builds one policy's outputs in memory: the clean document and, when there is a baseline,
/// the marked-revisions appendix and changes.json; the committee report and pack of each report
/// item; with <see cref="BuildOptions.Html"/>, HTML of the clean and marked documents. Nothing is
/// written here, and the layouts are kept on the result for the other formats.
/// </summary>
/// <param name="toolchain">The loader, templates, layout and Word writers of the policy's templates folder.</param>
/// <param name="baselines">Keeps the baseline's model and layout between builds (watch); null loads it each time.</param>
/// <param name="fragments">Keeps the draft's parsed fragment files between builds (watch); null reads them all each time.</param>
/// <param name="diffs">Keeps each unit's diff between builds (watch); null compares every unit each time.</param>
/// <param name="keptXml">Keeps each document's paragraphs' XML between builds (watch); null writes every paragraph each time.</param>
public sealed class PolicyPackBuilder(
    Toolchain toolchain,
    BaselineCache? baselines = null,
    FragmentCache? fragments = null,
    UnitDiffCache? diffs = null,
    DocumentXmlCaches? keptXml = null)
{
    public Policy Load(string policyDirectory) => toolchain.Loader.Load(OpenTree(policyDirectory), fragments);

    public PolicyBuildResult Build(string policyDirectory, BuildOptions options)
    {
        // The Word writer's first use (reference document, Open XML SDK) is the slowest cold step of a
        // build: start it on the other core while the policy is loaded and laid out, then write the
        // clean document there while the baseline is loaded, laid out and compared.
        var writer = Task.Run(() => toolchain.Writer);
        // A baseline named on the command line is loaded and laid out on the other core while the
        // draft is; one named in policy.yml as soon as the draft is loaded, beside its layout.
        var baselineFromCommandLine = options.Baseline is { } spec ? new BaselineReference(spec, new SourceLocation("--baseline")) : null;
        // Who the changes are attributed to may take a git process: asked on the other core while the draft loads.
        var lastCommit = RevisionAttribution.NeedsCommit(options) ? Task.Run(() => RevisionAttribution.LastCommit(policyDirectory)) : null;
        var baselineWork = baselineFromCommandLine is null ? null : Task.Run(() => LoadBaseline(baselineFromCommandLine, policyDirectory, options));
        Policy policy;
        try
        {
            policy = Step(options, "load", () => Load(policyDirectory));
        }
        catch
        {
            // The draft's errors come first, as when the baseline was loaded after it.
            baselineWork?.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw;
        }

        var baselineReference = baselineFromCommandLine ?? policy.Metadata.Baseline;
        baselineWork ??= baselineReference is null ? null : Task.Run(() => LoadBaseline(baselineReference, policyDirectory, options));
        var name = policy.Metadata.ShortName;
        var folder = Path.Combine(options.OutputRoot, name);
        var (cleanPath, markedPath) = (Path.Combine(folder, $"{name}.docx"), Path.Combine(folder, $"{name}-marked-revisions.docx"));
        var clean = Step(options, "layout", () => toolchain.Layout.Render(policy));
        var cleanBytes = Task.Run(() => Step(options, "docx", () => Await(writer).Write(clean, kept: keptXml?.For(cleanPath))));

        ChangeSet? changes = null;
        Appendix appendix = new(1, $"Draft {policy.Metadata.Title}", $"{name}.docx", clean);
        var revisions = RevisionAttribution.For(policy, options, lastCommit is null ? null : Await(lastCommit));
        LayoutDocument? marked = null;
        Task<byte[]>? json = null;
        var warnings = new List<Diagnostic>();
        if (baselineWork is not null)
        {
            var (baselineTree, baseline, baselineLayout) = Await(baselineWork);
            var redline = Step(options, "redline", () => new LayoutDiffer(diffs).Compare(baselineLayout, clean));
            var changeSet = Step(options, "change model", () => ChangeSetBuilder.Build(baseline, policy, redline));
            marked = MarkedDocument.Compose(redline, changeSet, MarkedInfo(clean.Info, policy));
            changes = changeSet;
            warnings.AddRange(RevisionWarnings.For(baseline, policy, changeSet, baselineTree));

            // changes.json (cold JSON serializer) on the other core while the marked document is written.
            json = Task.Run(() => Step(options, "changes.json", () => ChangeSetJson.Serialize(changeSet)));
            appendix = new Appendix(1, AppendixTitle(policy), $"{name}-marked-revisions.docx", marked);
        }

        // The marked document is written here while the clean one may still be written on the other core
        // (the writer is shared by threads: each document is a package of its own).
        var markedBytes = marked is null ? null : Step(options, "docx marked revisions", () => toolchain.Writer.Write(marked, revisions, keptXml?.For(markedPath)));
        var cleanDocx = new OutputFile(cleanPath, OutputKinds.Policy, Await(cleanBytes));
        var outputs = new List<OutputFile> { cleanDocx };
        var documents = new List<BuiltDocument> { new(cleanDocx, clean) };
        if (marked is not null && markedBytes is not null && json is not null)
        {
            var markedDocx = new OutputFile(markedPath, OutputKinds.MarkedRevisions, markedBytes);
            outputs.Add(markedDocx);
            documents.Add(new BuiltDocument(markedDocx, marked));
            outputs.Add(new OutputFile(Path.Combine(folder, "changes.json"), OutputKinds.Changes, Await(json)));
        }

        foreach (var reportDirectory in ReportDirectories(policyDirectory))
        {
            var report = toolchain.ReportLoader.Load(reportDirectory, policyDirectory);
            var layout = toolchain.Reports.Render(report, policy, changes, [appendix]);
            var pack = toolchain.Reports.Pack(layout, report, policy, [appendix]);
            var reportPath = Path.Combine(folder, $"{report.Name}-report.docx");
            var packPath = Path.Combine(folder, $"{report.Name}-pack.docx");
            var reportDocx = new OutputFile(reportPath, OutputKinds.Report, toolchain.ReportWriter.Write(layout, kept: keptXml?.For(reportPath)));
            var packDocx = new OutputFile(packPath, OutputKinds.Pack, toolchain.ReportWriter.Write(pack, revisions, keptXml?.For(packPath)));
            outputs.Add(reportDocx);
            outputs.Add(packDocx);
            documents.Add(new BuiltDocument(reportDocx, layout));
            documents.Add(new BuiltDocument(packDocx, pack));
        }

        if (options.Html)
        {
            outputs.AddRange(HtmlOutputs.For(documents));
        }

        return new PolicyBuildResult(policy, outputs, changes, documents, policyDirectory, warnings);
    }

    private (IPolicyTree Tree, Policy Policy, LayoutDocument Layout) LoadBaseline(BaselineReference reference, string policyDirectory, BuildOptions options)
    {
        var tree = BaselineResolver.Resolve(reference, policyDirectory, options.Baseline is not null);
        var (baseline, layout) = baselines is null
            ? LoadAndLayOut(tree, options)
            : baselines.GetOrLoad(tree, policyDirectory, () => LoadAndLayOut(tree, options));
        return (tree, baseline, layout);
    }

    private (Policy, LayoutDocument) LoadAndLayOut(IPolicyTree tree, BuildOptions options)
    {
        var baseline = Step(options, "load baseline", () => toolchain.Loader.Load(tree));
        return (baseline, Step(options, "layout baseline", () => toolchain.Layout.Render(baseline)));
    }

    /// <summary>The result of work run on another core, its exception rethrown as it was (not wrapped).</summary>
    private static T Await<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Runs one step of the build, telling <see cref="BuildOptions.StepTimed"/> how long it took.</summary>
    private static T Step<T>(BuildOptions options, string name, Func<T> work)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = work();
        options.StepTimed?.Invoke(name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return result;
    }

    /// <summary>Report items live in <c>reports/&lt;item&gt;/report.yml</c> inside the policy folder.</summary>
    private static IEnumerable<string> ReportDirectories(string policyDirectory)
    {
        var reports = Path.Combine(policyDirectory, "reports");
        return Directory.Exists(reports)
            ? Directory.GetDirectories(reports).Where(d => File.Exists(Path.Combine(d, ReportLoader.FileName))).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>The title a marked appendix carries, e.g. "Draft new Officers' Social Media Policy (Marked to show revisions)".</summary>
    public static string AppendixTitle(Policy policy) =>
        policy.Metadata.AppendixTitle ?? $"Draft new {policy.Metadata.Title} (Marked to show revisions)";

    private static DocumentInfo MarkedInfo(DocumentInfo clean, Policy policy) => clean with
    {
        Title = AppendixTitle(policy),
        HeaderText = AppendixTitle(policy),
    };

    private static DirectoryPolicyTree OpenTree(string policyDirectory)
    {
        var display = DisplayPath.Of(policyDirectory);
        if (!Directory.Exists(policyDirectory))
        {
            throw new PolicyBuildException(new SourceLocation(display), "policy folder not found");
        }

        return new DirectoryPolicyTree(policyDirectory, display);
    }
}
