namespace PolicyBuild.Publishing.Outputs;

/// <summary>A file a build produces, held in memory until every output of the run is ready.</summary>
/// <param name="Path">Where it is to be written, inside the policy's output folder.</param>
/// <param name="Kind">What it is, e.g. <c>policy</c>, <c>marked-revisions</c>, <c>changes</c>.</param>
/// <param name="Content">Its bytes, as they will be written.</param>
public sealed record OutputFile(string Path, string Kind, byte[] Content);
