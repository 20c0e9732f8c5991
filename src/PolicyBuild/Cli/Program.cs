using System.CommandLine;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Cli;

/// <summary>Entry point: parses the command line; usage errors exit with 2, content errors with 1.</summary>
public static class Program
{
    /// <summary>The root command's help text, with the exit codes (also in the README).</summary>
    public const string Description =
        "PolicyBuild: policies as Markdown fragments → Word documents with real tracked changes\n\n" +
        "Exit codes: 0 ok; 1 content errors (the policy, a template or the baseline has errors, or check --strict found warnings; " +
        "nothing was written); 2 usage errors (the command line is wrong, or init's folder exists).\n" +
        "Output is plain text, coloured only on a terminal without NO_COLOR; --json gives a machine-readable result.";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, LibreOfficeSource.StartNew());

    /// <summary>Runs with a given LibreOffice, e.g. a session the tests share.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, LibreOfficeSource libreOffice)
    {
        // Started from the raw arguments, LibreOffice's start also overlaps the parse (tens of ms of every
        // PDF run); the parsed command line decides, and a start it does not need is stopped at the end.
        if (MayAskForPdf(args))
        {
            libreOffice.BeginEarly();
        }

        try
        {
            return Run(args, output, error, libreOffice, new Reporter(output, error));
        }
        finally
        {
            libreOffice.ReleaseUnusedAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static int Run(string[] args, TextWriter output, TextWriter error, LibreOfficeSource libreOffice, Reporter reporter)
    {
        var common = new CommonOptions();
        var root = new RootCommand(Description)
        {
            BuildCommand.Create(common, reporter, libreOffice),
            PublishCommand.Create(common, reporter, libreOffice),
            CheckCommand.Create(common, reporter),
            ReferenceDocxCommand.Create(reporter),
            InitCommand.Create(reporter),
            RenumberCommand.Create(reporter),
            DiffCommand.Create(common, reporter),
            WatchCommand.Create(common, reporter),
            ImportCommand.Create(reporter),
            ReviewCommand.Create(common, reporter),
        };
        root.Options.Add(common.Templates);
        root.Options.Add(common.Json);
        root.Options.Add(common.Quiet);
        root.Options.Add(common.Verbose);
        ParseResult parse;
        try
        {
            parse = root.Parse(args);
        }
        catch (Exception ex)
        {
            return reporter.Crashed(ex);
        }

        reporter.Use(OutputMode.From(parse, common, output));
        // Our handler, not System.CommandLine's: it would print a stack trace and ignore --json.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                reporter.Fail(parseError.Message);
            }

            error.WriteLine("Run 'policybuild --help' for usage.");
            return reporter.Finish(ExitCodes.UsageError);
        }

        if (AsksForPdf(parse))
        {
            libreOffice.BeginEarly();
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex)
        {
            return reporter.Crashed(ex);
        }
    }

    /// <summary>
    /// Whether the raw arguments look like publish or build --pdf (a hint only: the parsed command line
    /// decides, see <see cref="AsksForPdf"/>).
    /// </summary>
    private static bool MayAskForPdf(string[] args) =>
        args.Contains("publish", StringComparer.Ordinal) || (args.Contains("build", StringComparer.Ordinal) && args.Contains("--pdf", StringComparer.Ordinal));

    /// <summary>publish, or build --pdf: LibreOffice's start (seconds) then overlaps all of the build.</summary>
    private static bool AsksForPdf(ParseResult parse) => parse.CommandResult.Command.Name switch
    {
        "publish" => true,
        "build" => parse.GetValue<bool>("--pdf"),
        _ => false,
    };
}
