using System.Diagnostics;
using System.Text;

namespace PolicyBuild.Authoring;

/// <summary>Runs git in a folder and returns its output; null when git fails (not a repository, unknown revision).</summary>
internal static class Git
{
    public static byte[]? Run(string workingDirectory, string arguments, string? input = null)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            using var output = new MemoryStream();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            _ = stderr.Result;
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public static string? RunText(string workingDirectory, string arguments) =>
        Run(workingDirectory, arguments) is { } bytes ? Encoding.UTF8.GetString(bytes).Trim() : null;
}
