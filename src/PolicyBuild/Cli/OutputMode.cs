using System.CommandLine;

namespace PolicyBuild.Cli;

/// <summary>How a run prints, from the global options and where standard output goes.</summary>
/// <param name="Json">A machine-readable document on standard output instead of text.</param>
/// <param name="Quiet">Only errors are printed.</param>
/// <param name="Verbose">Timings of each step are printed to standard error.</param>
/// <param name="Color">ANSI colours: only on a terminal and when <c>NO_COLOR</c> is unset.</param>
/// <param name="Terminal">Standard output is a terminal: progress is one live line rather than plain lines.</param>
public sealed record OutputMode(bool Json = false, bool Quiet = false, bool Verbose = false, bool Color = false, bool Terminal = false)
{
    /// <summary>Plain text, no colour: what a run prints before its options are known.</summary>
    public static OutputMode Plain { get; } = new();

    public static OutputMode From(ParseResult parse, CommonOptions common, TextWriter output)
    {
        // Only the real console can be a terminal; a redirected or captured writer gets plain text.
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        return new OutputMode(
            parse.GetValue(common.Json),
            parse.GetValue(common.Quiet),
            parse.GetValue(common.Verbose),
            UseColor(terminal, Environment.GetEnvironmentVariable("NO_COLOR")),
            terminal);
    }

    /// <summary>The no-color.org rule: colour on a terminal unless <c>NO_COLOR</c> is set to anything non-empty.</summary>
    public static bool UseColor(bool isTerminal, string? noColor) => isTerminal && string.IsNullOrEmpty(noColor);
}
