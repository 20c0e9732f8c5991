using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing;

/// <summary>What a <c>watch</c> tells as it goes; the command line turns each into lines.</summary>
public abstract record WatchEvent;

/// <summary>The first build is done and saves are being watched.</summary>
public sealed record WatchStarted(string PolicyDirectory, string TemplatesRoot) : WatchEvent;

/// <summary>A burst of saves, by path, that the next build answers.</summary>
public sealed record WatchChanged(IReadOnlyList<string> Paths) : WatchEvent;

/// <summary>A build whose outputs were written (the policy's folder replaced whole).</summary>
public sealed record WatchBuilt(IReadOnlyList<OutputFile> Outputs, TimeSpan Elapsed) : WatchEvent;

/// <summary>A build that failed: nothing was written, the last good outputs stay.</summary>
public sealed record WatchFailed(IReadOnlyList<Diagnostic> Diagnostics) : WatchEvent;

/// <summary>The watch was cancelled.</summary>
public sealed record WatchStopped : WatchEvent;
