namespace CchcPublisher.IntegrationTests.TestSupport;

/// <summary>
/// A test that needs a component this machine may lack (WordPress, espeak-ng, PostgreSQL, Chromium): locally it skips
/// with the reason; under <c>CI=true</c>, where <c>.ci/run</c> installs every component, a missing one fails the test.
/// </summary>
internal static class RequiredComponent
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (in CI) when <paramref name="missing"/> is true.</summary>
    public static void SkipOrFailWhen(bool missing, string reason)
    {
        if (!missing)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail($"Required component missing under CI=true: {reason}");
        }

        Assert.Skip(reason);
    }
}
