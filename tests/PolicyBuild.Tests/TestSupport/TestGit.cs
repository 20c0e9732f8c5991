using System.Diagnostics;

namespace PolicyBuild.Tests.TestSupport;

/// <summary>Runs git in a test repository, with an identity and no signing, and fails the test if git fails.</summary>
public static class TestGit
{
    public static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }

    /// <summary>A new repository holding everything in <paramref name="directory"/>, committed.</summary>
    public static void InitAndCommit(string directory)
    {
        Run(directory, "init", "-q", "-b", "main");
        Run(directory, "add", "-A");
        Run(directory, "commit", "-q", "-m", "first");
    }
}
