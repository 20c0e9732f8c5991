namespace PolicyBuild.Publishing.Outputs;

/// <summary>A file a build produces, held in memory until every output of the run is ready.</summary>
/// <param name="Kind">What it is, e.g. <c>policy</c>, <c>marked-revisions</c>, <c>changes</c>.</param>
public sealed record OutputFile(string Path, string Kind, byte[] Content);
