using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBuild.Tests.Cli;

namespace PolicyBuild.Tests.Safety;

/// <summary>
/// The adversarial suite: every hostile case ends with its exit code and one clear error line —
/// located (<c>file:line:col: error:</c>) where a file is to blame, else <c>error:</c> — never a stack
/// trace; the same under <c>--json</c>, whose result lists the error; and nothing in the sandbox
/// changes (nothing written, nothing deleted) except where the case allows, nor does any file from
/// outside the allowed folders reach a message.
/// </summary>
public partial class HostileInputTests
{
    private static readonly Dictionary<string, HostileCase> Cases =
        PathCases.All().Concat(TextCases.All()).Concat(OptionAndWriteCases.All()).Concat(ImportCases.All()).ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Fact]
    public void The_suite_has_at_least_sixty_cases() => Assert.True(Cases.Count >= 60, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_run_is_a_clear_error_and_changes_nothing(string name)
    {
        var hostile = Cases[name];
        using var box = new Sandbox();
        hostile.Setup(box);
        var before = box.Snapshot();

        var run = CliRun.Of(hostile.Args(box));

        Assert.True(run.ExitCode == hostile.Exit, $"expected exit {hostile.Exit}\n{run}");
        AssertClearError(run.Error, hostile, run);
        AssertUnchanged(before, box.Snapshot(), hostile);

        var json = CliRun.Of([.. hostile.Args(box), "--json"]);
        Assert.True(json.ExitCode == hostile.Exit, $"--json: expected exit {hostile.Exit}\n{json}");
        AssertClearError(json.Error, hostile, json);
        using var result = JsonDocument.Parse(json.Output);
        Assert.False(result.RootElement.GetProperty("ok").GetBoolean());
        var errors = result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.True(errors.Count > 0, json.ToString());
        AssertUnchanged(before, box.Snapshot(), hostile);
    }

    private static void AssertClearError(string error, HostileCase hostile, CliRun run)
    {
        var lines = error.Split('\n');
        var line = lines.FirstOrDefault(l => l.Contains(hostile.Message, StringComparison.Ordinal));
        Assert.True(line is not null, $"no error line holds \"{hostile.Message}\"\n{run}");
        Assert.Matches(hostile.Located ? LocatedError() : PlainError(), line);
        Assert.DoesNotMatch(StackTrace(), error);
        Assert.DoesNotContain("unexpected failure", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Sandbox.Secret, run.Output + error, StringComparison.Ordinal);
    }

    private static void AssertUnchanged(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, HostileCase hostile)
    {
        bool Allowed(string path) => hostile.MayChange is { } may && path.Replace('\\', '/').StartsWith(may, StringComparison.Ordinal);
        var changed = before.Keys.Union(after.Keys)
            .Where(k => !Allowed(k) && (!before.TryGetValue(k, out var was) || !after.TryGetValue(k, out var now) || was != now))
            .ToList();
        Assert.True(changed.Count == 0, $"changed: {string.Join(", ", changed)}");
    }

    [GeneratedRegex(@"^\S.*:\d+:\d+: error: ")]
    private static partial Regex LocatedError();

    [GeneratedRegex(@"^error: ")]
    private static partial Regex PlainError();

    [GeneratedRegex(@"\n\s+at [\w.<>`]+\(|Unhandled exception|Exception:")]
    private static partial Regex StackTrace();
}
