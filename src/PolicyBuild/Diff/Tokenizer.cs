using System.Text.RegularExpressions;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>Splits runs into tokens for a word-level diff: words (keeping "5.12" and "don't" whole), spaces, punctuation.</summary>
internal static partial class Tokenizer
{
    public static List<Token> Tokenize(IEnumerable<LayoutRun> runs)
    {
        var tokens = new List<Token>();
        foreach (var run in runs)
        {
            if (run.Kind != RunKind.Text)
            {
                tokens.Add(new Token(run.Text, run));
                continue;
            }

            // Value matches: no Match object per word, only the word's text.
            foreach (var match in Pattern().EnumerateMatches(run.Text))
            {
                tokens.Add(new Token(run.Text.Substring(match.Index, match.Length), run));
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*|\s+|.", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
