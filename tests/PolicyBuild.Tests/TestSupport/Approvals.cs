namespace PolicyBuild.Tests.TestSupport;

/// <summary>
/// Approval testing without Verify: compares text with a committed <c>name.verified.txt</c> beside
/// the tests; on a mismatch writes <c>name.received.txt</c> (git-ignored) and fails. To approve,
/// review the difference and rename received to verified.
/// </summary>
public static class Approvals
{
    public static void Verify(string folder, string name, string actual)
    {
        var directory = RepositoryPaths.TestFolder(folder);
        var verified = Path.Combine(directory, $"{name}.verified.txt");
        var received = Path.Combine(directory, $"{name}.received.txt");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved file {verified}. Review {received} and rename it to approve."
            : $"Output differs from {verified}. Compare with {received}; rename it to approve the change.");
    }
}
