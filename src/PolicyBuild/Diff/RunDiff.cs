using System.Collections.Immutable;
using PolicyBuild.Layout;

namespace PolicyBuild.Diff;

/// <summary>
/// Word-level diff of two paragraphs' runs. Unchanged words keep the new runs untouched;
/// changes become deleted-then-inserted runs; same words with other formatting become a
/// formatting change. Spaces lying between two changes are folded into them, so a rewritten
/// phrase reads as one deletion and one insertion rather than a word-by-word patchwork.
/// </summary>
internal static class RunDiff
{
    /// <param name="oldRuns">The baseline paragraph's runs.</param>
    /// <param name="newRuns">The draft paragraph's runs: unchanged words keep them.</param>
    /// <param name="keep">The revision for unchanged runs: none, or "moved to" inside a moved clause.</param>
    /// <param name="showDeletions">False inside a moved clause: deleted words stay with the "moved from" copy.</param>
    public static RunDiffResult Compare(IReadOnlyList<LayoutRun> oldRuns, IReadOnlyList<LayoutRun> newRuns, Revision? keep = null, bool showDeletions = true)
    {
        // Runs the same at the start and end are equal stretches of the word diff anyway (it keeps a common
        // start and end equal): only the runs between are split into words. A renumbered clause differs in
        // its number run alone.
        var (prefix, suffix) = CommonEnds.Of(oldRuns, newRuns, (a, b) => a == b);

        var runs = new List<LayoutRun>();
        AddKept(runs, newRuns.Take(prefix), keep);
        var (inserted, deleted, changed) = CompareWords(oldRuns.Skip(prefix).Take(oldRuns.Count - prefix - suffix),
            newRuns.Skip(prefix).Take(newRuns.Count - prefix - suffix), runs, keep, showDeletions);
        AddKept(runs, newRuns.Skip(newRuns.Count - suffix), keep);
        return new RunDiffResult(RunMerger.Merge(runs), inserted, deleted, changed);
    }

    /// <summary>Unchanged runs as the word diff keeps them, with the kept revision (the merge drops an empty text run, as the word diff does).</summary>
    private static void AddKept(List<LayoutRun> runs, IEnumerable<LayoutRun> kept, Revision? keep) =>
        runs.AddRange(kept.Select(r => r with { Revision = keep }));

    /// <summary>The word diff of two stretches of runs: its runs are added to <paramref name="runs"/> (not yet merged), its counts returned.</summary>
    private static (int Inserted, int Deleted, bool Changed) CompareWords(IEnumerable<LayoutRun> oldRuns, IEnumerable<LayoutRun> newRuns, List<LayoutRun> runs, Revision? keep, bool showDeletions)
    {
        var oldTokens = Tokenizer.Tokenize(oldRuns);
        var newTokens = Tokenizer.Tokenize(newRuns);
        var segments = Coalesce(SequenceDiff.Compare(oldTokens.ConvertAll(t => t.Key), newTokens.ConvertAll(t => t.Key)), oldTokens);
        int inserted = 0, deleted = 0;
        var changed = false;
        foreach (var segment in segments)
        {
            var olds = oldTokens.GetRange(segment.OldStart, segment.OldCount);
            var news = newTokens.GetRange(segment.NewStart, segment.NewCount);
            if (segment.IsEqual)
            {
                AddRuns(runs, news, keep);
                continue;
            }

            changed = true;
            if (IsFormatOnly(olds, news))
            {
                runs.AddRange(news.Zip(olds, (n, o) => n.ToRun(keep?.Kind == RevisionKind.MovedTo ? keep : new Revision(RevisionKind.FormatChanged, o.Run.Format))));
                continue;
            }

            deleted += olds.Count(t => t.IsWord);
            inserted += news.Count(t => t.IsWord);
            if (showDeletions)
            {
                AddRuns(runs, olds, Revision.Deleted);
            }

            AddRuns(runs, news, Revision.Inserted);
        }

        return (inserted, deleted, changed);
    }

    /// <summary>
    /// Consecutive tokens of one run become one run again, with the stretch's revision: the same runs the
    /// merger would have joined from a run per token, without building one per word first.
    /// </summary>
    private static void AddRuns(List<LayoutRun> runs, List<Token> tokens, Revision? revision)
    {
        for (var start = 0; start < tokens.Count;)
        {
            var run = tokens[start].Run;
            var end = start + 1;
            while (end < tokens.Count && ReferenceEquals(tokens[end].Run, run))
            {
                end++;
            }

            var text = end - start == 1 ? tokens[start].Text : string.Concat(tokens.Skip(start).Take(end - start).Select(t => t.Text));
            runs.Add(run with { Text = text == run.Text ? run.Text : text, Revision = revision });
            start = end;
        }
    }

    /// <summary>All runs of a paragraph marked with one revision (a whole inserted or deleted paragraph).</summary>
    public static ImmutableArray<LayoutRun> MarkAll(IEnumerable<LayoutRun> runs, Revision revision) =>
        [.. runs.Select(r => r with { Revision = revision })];

    public static int CountWords(IEnumerable<LayoutRun> runs) =>
        Tokenizer.Tokenize(runs.Where(r => r.Kind == RunKind.Text)).Count(t => t.IsWord);

    private static bool IsFormatOnly(List<Token> olds, List<Token> news) =>
        olds.Count == news.Count && olds.Count > 0 && olds.Zip(news).All(p => p.First.SameIgnoringFormat(p.Second));

    /// <summary>Folds an equal stretch of only spaces that sits between two changes into one change.</summary>
    private static List<SequenceDiff.Segment> Coalesce(List<SequenceDiff.Segment> segments, List<Token> oldTokens)
    {
        var result = new List<SequenceDiff.Segment>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var isBridge = segment.IsEqual && i > 0 && i < segments.Count - 1 && result.Count > 0 && !result[^1].IsEqual
                && Enumerable.Range(segment.OldStart, segment.OldCount).All(k => oldTokens[k].IsWhitespace);
            if (!segment.IsEqual || isBridge)
            {
                if (result.Count > 0 && !result[^1].IsEqual)
                {
                    var last = result[^1];
                    result[^1] = last with
                    {
                        OldCount = segment.OldStart + segment.OldCount - last.OldStart,
                        NewCount = segment.NewStart + segment.NewCount - last.NewStart,
                    };
                    continue;
                }
            }

            result.Add(segment);
        }

        return result;
    }
}

/// <summary>The merged runs of a changed paragraph, and how many words came and went.</summary>
internal sealed record RunDiffResult(ImmutableArray<LayoutRun> Runs, int WordsInserted, int WordsDeleted, bool HasChanges);
