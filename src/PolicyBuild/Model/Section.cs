using System.Collections.Immutable;
using PolicyBuild.Diagnostics;

namespace PolicyBuild.Model;

/// <summary>A numbered section: a folder with <c>_section.md</c> and its clause files.</summary>
public sealed record Section(
    string Id,
    string Number,
    string Title,
    string Intro,
    ImmutableArray<Clause> Clauses,
    SourceLocation Location);
