namespace PolicyBuild.Model;

/// <summary>Everything <c>policy.yml</c> says about a policy.</summary>
public sealed record PolicyMetadata(
    string Title,
    string ShortName,
    PolicyOwner Owner,
    string Version,
    PolicyStatus Status,
    PolicyAdoption Adoption,
    PolicyReview Review,
    string Language,
    BaselineReference? Baseline,
    RevisionInfo? Revisions,
    string? AppendixTitle,
    PolicyBuild.Diagnostics.SourceLocation? VersionLocation = null);

public sealed record PolicyOwner(string Service, string Role);

/// <summary>The committee that adopted the policy (or, for a draft, will consider it) and when.</summary>
public sealed record PolicyAdoption(string Committee, DateOnly Date);

public sealed record PolicyReview(string Cycle, DateOnly Next);

/// <summary>Who the tracked changes of a redline are attributed to, and when.</summary>
/// <param name="Author">Who the changes are attributed to (<c>author:</c>).</param>
/// <param name="Date">The date and time the changes carry (<c>date:</c>).</param>
/// <param name="Location">Where <c>revisions:</c> is written in policy.yml.</param>
public sealed record RevisionInfo(string Author, DateTimeOffset Date, PolicyBuild.Diagnostics.SourceLocation? Location = null);

/// <summary>Where the redline's baseline comes from: a folder or a git revision, as written in policy.yml.</summary>
public sealed record BaselineReference(string Spec, PolicyBuild.Diagnostics.SourceLocation Location);

public enum PolicyStatus
{
    Draft,
    Adopted,
}
