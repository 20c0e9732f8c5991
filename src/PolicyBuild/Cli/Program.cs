using System.CommandLine;
using PolicyBuild.Publishing.Pdf;

namespace PolicyBuild.Cli;

/// <summary>Entry point: parses the command line; usage errors exit with 2, content errors with 1.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, LibreOfficeSource.StartNew());

    /// <summary>Runs with a given LibreOffice, e.g. a session the tests share.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, LibreOfficeSource libreOffice)
    {
        var reporter = new Reporter(output, error);
        var common = new CommonOptions();
        var root = new RootCommand("PolicyBuild: policies as Markdown fragments → Word documents with real tracked changes")
        {
            BuildCommand.Create(common, reporter, libreOffice),
            PublishCommand.Create(common, reporter, libreOffice),
            CheckCommand.Create(common, reporter),
            ReferenceDocxCommand.Create(reporter),
        };
        root.Options.Add(common.Templates);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'policybuild --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(configuration);
    }
}
