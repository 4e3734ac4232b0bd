using System.Diagnostics;
using CchcPublisher.Fuzz;

// mutate <target|all> <iterations> [seed]: the in-process mutation fuzzer; prints iterations per second.
// afl <target>: SharpFuzz's entry point for afl-fuzz on an instrumented build (docs/fuzzing.md).
var root = FindRepositoryRoot();
var targets = FuzzTargets.All(root);
switch (args)
{
    case ["mutate", var name, var count, ..]:
        var seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
        foreach (var target in targets.Where(t => name == "all" || t.Name == name))
        {
            var stopwatch = Stopwatch.StartNew();
            var iterations = long.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                FuzzRunner.Run(target, iterations, seed);
                Console.WriteLine($"{target.Name}: {iterations:N0} iterations, no failure, {stopwatch.Elapsed.TotalSeconds:F1} s");
            }
            catch (FuzzFailureException failure)
            {
                var path = Path.Combine(root, "tests", "CchcPublisher.UnitTests", "Fuzzing", "Corpus", $"{failure.Target}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(failure.Input))[..12]}.bin");
                File.WriteAllBytes(path, failure.Input);
                Console.WriteLine($"{failure.Message}\nInput saved to {path}");
                return 1;
            }
        }

        return 0;
    case ["afl", var name]:
        var aflTarget = targets.Single(t => t.Name == name);
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            aflTarget.Run(memory.ToArray());
        });
        return 0;
    default:
        Console.WriteLine($"Cách dùng: mutate <{string.Join('|', targets.Select(t => t.Name))}|all> <số lần> [hạt giống] | afl <đích>");
        return 2;
}

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "CchcPublisher.sln")))
        {
            return folder.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
