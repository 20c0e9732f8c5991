using System.Runtime.ExceptionServices;
using PolicyBuild.Diagnostics;
using PolicyBuild.Publishing.Outputs;

namespace PolicyBuild.Publishing;

/// <summary>
/// Builds the policies of one run on every core (at most one build per processor), yet reports as a
/// run in order would: progress lines in policy order, results in policy order, and the first failing
/// policy's error (by position, not by time), with no later policy's error and no build left running.
/// </summary>
public static class ParallelPolicyBuilds
{
    public static List<PolicyBuildResult> Run(IReadOnlyList<string> policyDirectories, Func<string, Toolchain> toolchainFor, BuildOptions options)
    {
        var count = policyDirectories.Count;
        var outcomes = policyDirectories.Select(_ => new TaskCompletionSource<PolicyBuildResult>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var next = -1;
        var firstFailure = int.MaxValue;
        void Work()
        {
            // Policies are taken in order; none after a failed one is started, every one before it finishes.
            for (var i = Interlocked.Increment(ref next); i < count && i < Volatile.Read(ref firstFailure); i = Interlocked.Increment(ref next))
            {
                try
                {
                    outcomes[i].SetResult(new PolicyPackBuilder(toolchainFor(policyDirectories[i])).Build(policyDirectories[i], options));
                }
                catch (Exception ex)
                {
                    outcomes[i].SetException(ex);
                    InterlockedMin(ref firstFailure, i);
                }
            }
        }

        // Own threads, not the thread pool's: a build hands work to the pool and waits for it.
        var workers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, count))
            .Select(_ => new Thread(Work) { IsBackground = true, Name = "policy build" })
            .ToList();
        workers.ForEach(w => w.Start());
        try
        {
            var results = new List<PolicyBuildResult>(count);
            for (var i = 0; i < count; i++)
            {
                options.Progress?.Invoke($"building {DisplayPath.Of(policyDirectories[i])} ({i + 1}/{count})");
                results.Add(outcomes[i].Task.GetAwaiter().GetResult());
            }

            return results;
        }
        catch (Exception ex)
        {
            // Nothing of the run goes on behind the error: wait for the builds under way.
            workers.ForEach(w => w.Join());
            ExceptionDispatchInfo.Capture(ex).Throw();
            throw;
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value < seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
