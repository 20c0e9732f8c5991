using System.Diagnostics;
using System.Text;

namespace PolicyBuild.Authoring;

/// <summary>Runs git in a folder and returns its output; null when git fails (not a repository, unknown revision).</summary>
internal static class Git
{
    /// <param name="workingDirectory">The folder git runs in, which decides the repository.</param>
    /// <param name="arguments">A command line, split by the usual quoting rules.</param>
    /// <param name="input">Written to git's standard input; null when git reads none.</param>
    public static byte[]? Run(string workingDirectory, string arguments, string? input = null) =>
        Run(new ProcessStartInfo("git", arguments), workingDirectory, input);

    /// <param name="workingDirectory">The folder git runs in, which decides the repository.</param>
    /// <param name="arguments">Arguments passed as they are: revisions and paths need no quoting.</param>
    /// <param name="input">Written to git's standard input (the object names for <c>cat-file --batch</c>); null when git reads none.</param>
    public static byte[]? Run(string workingDirectory, IEnumerable<string> arguments, string? input = null) =>
        Run(new ProcessStartInfo("git", arguments), workingDirectory, input);

    public static string? RunText(string workingDirectory, string arguments) =>
        Run(workingDirectory, arguments) is { } bytes ? Encoding.UTF8.GetString(bytes).Trim() : null;

    private static byte[]? Run(ProcessStartInfo start, string workingDirectory, string? input)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = input is not null;
        start.UseShellExecute = false;
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();

            // Feed standard input while standard output is read: git answers as it reads, and
            // either pipe filling up while the other waits would deadlock.
            var stdin = input is null
                ? Task.CompletedTask
                : Task.Run(() =>
                {
                    try
                    {
                        process.StandardInput.Write(input);
                        process.StandardInput.Close();
                    }
                    catch (IOException)
                    {
                        // git exited early; its exit code says why.
                    }
                });
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            stdin.Wait();
            _ = stderr.Result;
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
