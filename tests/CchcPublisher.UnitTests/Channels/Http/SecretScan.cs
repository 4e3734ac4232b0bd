using Microsoft.Extensions.Logging.Testing;

namespace CchcPublisher.UnitTests.Channels.Http;

/// <summary>Asserts that no secret appears anywhere in the captured logs or in files under a folder (except where allowed).</summary>
internal static class SecretScan
{
    public static void AssertLogsClean(FakeLogCollector collector, IEnumerable<string> secrets)
    {
        var records = collector.GetSnapshot();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var text = string.Join(
                "\n",
                new[] { record.Message, record.Exception?.ToString() }
                    .Concat((record.StructuredState ?? []).Select(pair => pair.Key + "=" + pair.Value))
                    .Concat(record.Scopes.Select(scope => scope?.ToString())));
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"A secret leaked into log event {record.Id} ({record.Category}): {record.Message}");
            }
        }
    }

    public static void AssertFilesClean(string folder, IEnumerable<string> secrets, params string[] allowedFiles)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (allowedFiles.Contains(Path.GetFileName(file)))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"A secret was written to {file}");
            }
        }
    }

    public static void AssertClean(string? text, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.False(text?.Contains(secret, StringComparison.Ordinal) ?? false, "A secret appears in: " + text);
        }
    }
}
