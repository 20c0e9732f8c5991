using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing;

/// <summary>
/// Writes outputs so that a reader never sees a half-written file: each goes to a temporary file
/// in the same folder and is then moved over the target.
/// </summary>
public static class AtomicFileWriter
{
    public static void Write(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temp, content);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes every file only after all of them were produced, so a failed build writes nothing.</summary>
    public static void WriteAll(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            Write(file.Path, file.Content);
        }
    }
}
