using System.CommandLine;
using PolicyBuild.Publishing;
using PolicyBuild.Rendering.Docx;

namespace PolicyBuild.Cli;

/// <summary><c>policybuild reference-docx</c>: write the default reference document for a council to restyle.</summary>
public static class ReferenceDocxCommand
{
    public static Command Create(Reporter reporter)
    {
        var path = new Argument<string>("path") { Description = "Where to write it, e.g. templates/reference.docx" };
        var command = new Command("reference-docx", "Write the default reference document (styles) to restyle in Word") { path };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            if (Directory.Exists(target))
            {
                reporter.Fail($"{target} is a folder: name the file to write, e.g. {Path.Combine(target, "reference.docx").Replace('\\', '/')}");
                return reporter.Finish(ExitCodes.UsageError);
            }

            try
            {
                AtomicFileWriter.Write(target, ReferenceDocumentWriter.Write());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                reporter.Fail($"cannot write {target}: {ex.Message}");
                return reporter.Finish(ExitCodes.ContentError);
            }

            reporter.Line($"wrote {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
