using System.CommandLine;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Cli;

/// <summary>
/// <c>policybuild publish</c>: build, then accessible PDF and HTML of the adopted policy (and of the
/// redline, report and pack), checked, with a manifest.json. Refuses a draft unless <c>--draft</c>.
/// </summary>
public static class PublishCommand
{
    public static Command Create(CommonOptions common, Reporter reporter, LibreOfficeSource libreOffice)
    {
        var options = new OutputOptions();
        var draft = new Option<bool>("--draft") { Description = "Publish even if the policy's status is draft (for consultation or a committee)" };
        var command = new Command("publish", "Build and publish: .docx, tagged PDF and HTML of every document, checked for accessibility, and manifest.json")
        {
            common.Policies, draft,
        };
        options.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var policies = PolicyDiscovery.Resolve(parse.GetValue(common.Policies));
            var buildOptions = options.Read(parse) with { Pdf = true, Html = true, AllowDrafts = parse.GetValue(draft) };
            return new OutputRunner(reporter, libreOffice).RunAsync(policies, buildOptions, parse.GetValue(common.Templates), "publish", ct);
        });
        return command;
    }
}
