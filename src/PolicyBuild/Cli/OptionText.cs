using PolicyBuild.Diagnostics;

namespace PolicyBuild.Cli;

/// <summary>Checks of free-text options that reach a document or a git command line.</summary>
public static class OptionText
{
    /// <summary>Why a value cannot go into a document (empty, or a character XML cannot hold), or null.</summary>
    public static string? Problem(string value) =>
        value.Trim().Length == 0 ? "must not be empty"
        : SourceText.FirstIllegal(value) is { } index ? $"holds {SourceText.Describe(value, index)}, which cannot appear in a Word document"
        : null;

    /// <summary>An empty baseline would compare the policy with itself; one starting with '-' would be read by git as an option.</summary>
    public static string? BaselineProblem(string value) =>
        value.Trim().Length == 0 ? "must name a policy folder or a git revision"
        : value.StartsWith('-') ? $"'{value}' is neither a folder nor a git revision (it starts with '-')"
        : null;
}
