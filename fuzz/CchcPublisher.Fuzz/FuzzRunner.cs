namespace CchcPublisher.Fuzz;

/// <summary>Runs a target on its seeds, then on <c>iterations</c> mutations of seeds and of earlier mutants.</summary>
public static class FuzzRunner
{
    public static void Run(FuzzTarget target, long iterations, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        var mutator = new Mutator(seed);
        var pool = new List<byte[]>(target.Seeds);
        if (pool.Count == 0)
        {
            pool.Add([]);
        }

        foreach (var input in pool)
        {
            target.Run(input);
        }

        var random = new Random(seed);
        for (long i = 0; i < iterations; i++)
        {
            var parent = pool[random.Next(pool.Count)];
            var child = mutator.Mutate(parent, target.Seeds);
            target.Run(child);

            // Keep some mutants as parents so that mutations accumulate; bounded so memory stays flat.
            if (child.Length < 64 * 1024 && random.Next(16) == 0)
            {
                if (pool.Count < 256)
                {
                    pool.Add(child);
                }
                else
                {
                    pool[target.Seeds.Count + random.Next(pool.Count - target.Seeds.Count)] = child;
                }
            }
        }
    }
}
