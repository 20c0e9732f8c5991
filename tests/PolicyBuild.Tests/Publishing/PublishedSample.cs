using PolicyBuild.Cli;
using PolicyBuild.Publishing.LibreOffice;
using PolicyBuild.Publishing.Pdf;
using PolicyBuild.Tests.Cli;
using PolicyBuild.Tests.TestSupport;

namespace PolicyBuild.Tests.Publishing;

/// <summary>
/// The sample policy published once (with <c>--draft</c>, as it is a draft) through the command line,
/// on the shared LibreOffice session, for all the tests that look at the outputs.
/// </summary>
public sealed class PublishedSample : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TempDirectory _temp = new();
    private CliRun? _run;

    /// <summary>The folder the sample's outputs are in: <c>&lt;temp&gt;/out/social-media</c>.</summary>
    public string Folder => _temp.Combine("out", "social-media");

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Publishes on first use; later calls return the same run.</summary>
    public CliRun Run(LibreOfficeSession session)
    {
        lock (_lock)
        {
            return _run ??= Publish(session, RepositoryPaths.SamplePolicy, _temp.Combine("out"), "--draft");
        }
    }

    /// <summary>Runs <c>policybuild publish</c> in-process on a borrowed session.</summary>
    public static CliRun Publish(LibreOfficeSession session, string policy, string output, params string[] extra) =>
        Cli(session, ["publish", policy, "--out", output, "--templates", RepositoryPaths.Templates, .. extra]);

    /// <summary>Runs any command in-process on a borrowed session.</summary>
    public static CliRun Cli(LibreOfficeSession session, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error, LibreOfficeSource.Borrow(session));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
