using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing;

/// <summary>What an <see cref="OutputRun"/> tells as it goes.</summary>
public abstract record OutputRunEvent;

/// <summary>Every output is built and checked, nothing written yet; the run's warnings are on it.</summary>
public sealed record OutputsBuilt(PublishRun Run) : OutputRunEvent;

/// <summary>Another run holds the folder's lock; this one waits its turn.</summary>
public sealed record WaitingForOutputFolder(string Folder) : OutputRunEvent;

/// <summary>A policy's folder now holds this run's outputs.</summary>
public sealed record PolicyWritten(PublishedPolicy Policy) : OutputRunEvent;

/// <summary>How an <see cref="OutputRun"/> ended.</summary>
public abstract record OutputRunOutcome;

/// <summary>Every policy's outputs were written.</summary>
public sealed record OutputRunWritten(PublishRun Run) : OutputRunOutcome;

/// <summary>A policy has errors (or is a draft that was not to be published): nothing was written.</summary>
public sealed record OutputRunRefused(IReadOnlyList<Diagnostic> Diagnostics) : OutputRunOutcome;

/// <summary>An accessibility error (or, strict, warning), or a PDF that failed: nothing was written.</summary>
public sealed record OutputRunUnpublishable(IReadOnlyList<PublishIssue> Issues) : OutputRunOutcome;

/// <summary>The run could not go on (LibreOffice, two policies sharing a folder): nothing was written.</summary>
public sealed record OutputRunFailed(string Message) : OutputRunOutcome;

/// <summary>Writing a policy's folder failed and left it as it was; the policies before it were written.</summary>
public sealed record OutputRunWriteFailed(IReadOnlyList<Diagnostic> Diagnostics, string Folder) : OutputRunOutcome;
