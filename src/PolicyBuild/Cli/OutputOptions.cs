using System.CommandLine;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Cli;

/// <summary>The options <c>build</c> and <c>publish</c> share: where to write, what to compare with, how strict to be.</summary>
public sealed class OutputOptions
{
    public Option<string> Output { get; } = new("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "output" };

    public Option<string?> Baseline { get; } = new("--baseline")
    {
        Description = "Compare with this version: a policy folder or a git revision (tag, branch, commit). Default: policy.yml's baseline",
    };

    public Option<string?> Author { get; } = new("--author") { Description = "Author of the tracked changes (default: policy.yml revisions.author, else the last commit's author)" };

    public Option<string?> Date { get; } = new("--date") { Description = "Date of the tracked changes, YYYY-MM-DD (default: policy.yml revisions.date, else the last commit's date)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat accessibility warnings (things a person must judge) as errors" };

    /// <summary>A day: more is a typo, and a longer wait would overflow the bridge's timers.</summary>
    public const int MaxPdfTimeoutSeconds = 86_400;

    public Option<int> PdfTimeout { get; } = new("--pdf-timeout")
    {
        Description = $"Seconds LibreOffice may take to convert one document to PDF (1 to {MaxPdfTimeoutSeconds})",
        DefaultValueFactory = _ => (int)BuildOptions.DefaultPdfTimeout.TotalSeconds,
        // Parsed here so that 'abc' or a number past int's range is a usage error, not an exception.
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && seconds is > 0 and <= MaxPdfTimeoutSeconds)
            {
                return seconds;
            }

            result.AddError($"--pdf-timeout must be a whole number of seconds from 1 to {MaxPdfTimeoutSeconds}, not '{text}'");
            return 0;
        },
    };

    /// <summary>Adds the options and their checks to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Output);
        command.Options.Add(Baseline);
        command.Options.Add(Author);
        command.Options.Add(Date);
        command.Options.Add(Strict);
        command.Options.Add(PdfTimeout);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Date) is { } text && IsoDate.Parse(text) is null)
            {
                result.AddError($"--date must be written YYYY-MM-DD, not '{text}'");
            }

            if (result.GetValue(Author) is { } author && OptionText.Problem(author) is { } problem)
            {
                result.AddError($"--author {problem}");
            }

            if (result.GetValue(Baseline) is { } baseline && OptionText.BaselineProblem(baseline) is { } wrong)
            {
                result.AddError($"--baseline {wrong}");
            }

            if (result.GetValue(Output) is { } output && output.Trim().Length == 0)
            {
                result.AddError("--out must name a folder");
            }
        });
    }

    public BuildOptions Read(ParseResult parse) => new(
        parse.GetValue(Output)!,
        parse.GetValue(Baseline),
        parse.GetValue(Author),
        parse.GetValue(Date) is { } d ? new DateTimeOffset(IsoDate.Parse(d)!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null)
    {
        Strict = parse.GetValue(Strict),
        PdfTimeout = TimeSpan.FromSeconds(parse.GetValue(PdfTimeout)),
    };
}
