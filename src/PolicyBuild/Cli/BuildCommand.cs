using System.CommandLine;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>policybuild build</c>: the clean policy, and with a baseline the marked appendix and changes.json;
/// with <c>--pdf</c> and <c>--html</c>, the published formats too (as <c>publish</c>, drafts allowed).
/// </summary>
public static class BuildCommand
{
    public static Command Create(CommonOptions common, Reporter reporter, LibreOfficeSource libreOffice)
    {
        var options = new OutputOptions();
        var pdf = new Option<bool>("--pdf") { Description = "Also convert every .docx to a tagged PDF (needs LibreOffice); writes manifest.json" };
        var html = new Option<bool>("--html") { Description = "Also write HTML of the clean and marked policy; writes manifest.json" };
        var command = new Command("build", "Build policy documents: clean .docx; with a baseline, the marked-revisions .docx and changes.json")
        {
            common.Policies, pdf, html,
        };
        options.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            ProcessClock.Report(reporter);
            var policies = PolicyDiscovery.Resolve(parse.GetValue(common.Policies));
            var buildOptions = options.Read(parse) with
            {
                Pdf = parse.GetValue(pdf),
                Html = parse.GetValue(html),
                StepTimed = reporter.Mode.Verbose ? reporter.Timing : null,
            };
            return new OutputRunner(reporter, libreOffice).RunAsync(policies, buildOptions, parse.GetValue(common.Templates), "build", ct);
        });
        return command;
    }
}
