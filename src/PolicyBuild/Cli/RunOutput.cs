namespace PolicyBuild.Cli;

/// <summary>One file a run wrote, as the <c>--json</c> result lists it.</summary>
/// <param name="Path">As printed, with '/' separators.</param>
/// <param name="Kind">What it is: <c>policy</c>, <c>marked-revisions</c>, <c>changes</c>, <c>scaffold</c>…</param>
/// <param name="Bytes">Its size.</param>
public sealed record RunOutput(string Path, string Kind, long Bytes);
