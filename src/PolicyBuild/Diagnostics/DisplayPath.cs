namespace PolicyBuild.Diagnostics;

/// <summary>How a file is named in messages: relative to the current directory, with '/', so editors can jump to it.</summary>
public static class DisplayPath
{
    public static string Of(string path) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
}
