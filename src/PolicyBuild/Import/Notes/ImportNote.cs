namespace PolicyBuild.Import.Notes;

/// <summary>Something the import could not map, or had to guess: the author checks these after importing.</summary>
/// <param name="File">The file it concerns, relative to the policy folder with '/' (e.g. <c>policy.yml</c>); null for the Word document itself.</param>
/// <param name="Message">What happened and what to do about it.</param>
/// <param name="Line">The line of <paramref name="File"/> it concerns.</param>
public sealed record ImportNote(string? File, string Message, int Line = 1)
{
    public override string ToString() => $"{File ?? "document"}: {Message}";
}
