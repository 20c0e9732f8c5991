namespace PolicyBuild.Tests.Safety;

/// <summary>
/// One hostile run: how the sandbox is spoiled, the command line, and what must come out: the
/// exit code and an error line holding <paramref name="Message"/>, located (<c>file:line:col: error:</c>)
/// or not (<c>error:</c>). Nothing in the sandbox may change, except below <paramref name="MayChange"/>.
/// </summary>
public sealed record HostileCase(
    string Name, Action<Sandbox> Setup, Func<Sandbox, string[]> Args, int Exit, string Message, bool Located = true, string? MayChange = null)
{
    public override string ToString() => Name;

    public static string[] Build(Sandbox box, params string[] extra) =>
        ["build", box.Policy, "--out", box.Out, "--templates", box.Templates, .. extra];

    public static string[] Check(Sandbox box) => ["check", box.Policy, "--templates", box.Templates, "--today", "2020-06-01"];

    /// <summary>The same spoiling tried by build and by check: both must find it.</summary>
    public static IEnumerable<HostileCase> BuildAndCheck(string name, Action<Sandbox> setup, string message) =>
    [
        new($"build: {name}", setup, b => Build(b), 1, message),
        new($"check: {name}", setup, Check, 1, message),
    ];
}
