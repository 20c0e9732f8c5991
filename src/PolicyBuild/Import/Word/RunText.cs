using System.Collections.Immutable;

namespace PolicyBuild.Import.Word;

/// <summary>Edits on a paragraph's runs by character position, as <see cref="WordParagraph.Text"/> counts them.</summary>
internal static class RunText
{
    /// <summary>The runs without their first <paramref name="count"/> characters (a typed number) and the blank that follows.</summary>
    public static ImmutableArray<WordRun> DropPrefix(ImmutableArray<WordRun> runs, int count)
    {
        var result = ImmutableArray.CreateBuilder<WordRun>();
        foreach (var run in runs)
        {
            var length = run.Kind switch { WordRunKind.Text => run.Text.Length, WordRunKind.LineBreak => 1, _ => 0 };
            if (count >= length && length > 0)
            {
                count -= length;
                continue;
            }

            result.Add(count > 0 ? run with { Text = run.Text[count..] } : run);
            count = 0;
        }

        return Trim(result.ToImmutable());
    }

    /// <summary>Without leading and trailing blanks and line breaks (Word authors pad with them; Markdown cannot keep them).</summary>
    public static ImmutableArray<WordRun> Trim(ImmutableArray<WordRun> runs)
    {
        var list = runs.ToList();
        while (list.Count > 0 && IsBlank(list[0]))
        {
            list.RemoveAt(0);
        }

        while (list.Count > 0 && IsBlank(list[^1]))
        {
            list.RemoveAt(list.Count - 1);
        }

        if (list.Count > 0 && list[0].Kind == WordRunKind.Text)
        {
            list[0] = list[0] with { Text = list[0].Text.TrimStart() };
        }

        if (list.Count > 0 && list[^1].Kind == WordRunKind.Text)
        {
            list[^1] = list[^1] with { Text = list[^1].Text.TrimEnd() };
        }

        return [.. list];
    }

    public static string Plain(IEnumerable<WordRun> runs) =>
        string.Concat(runs.Select(r => r.Kind == WordRunKind.Text ? r.Text : r.Kind == WordRunKind.LineBreak ? " " : string.Empty));

    private static bool IsBlank(WordRun run) =>
        run.Kind == WordRunKind.LineBreak || (run.Kind == WordRunKind.Text && string.IsNullOrWhiteSpace(run.Text));
}
