using System.Reflection;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.UnitTests.Hosting;

/// <summary>What the service logs at Information and above is read by officials on the console: it is Vietnamese.</summary>
public sealed class LogMessageLanguageTests
{
    // WordPress (4150-4199) and Facebook (43xx) messages are being reworded on another branch.
    private static bool OutOfScope(int id) => id is >= 4150 and < 4200 or >= 4300 and < 4400;

    [Fact]
    public void LoggerMessages_InformationAndAbove_AreVietnamese()
    {
        var messages = typeof(CchcPublisher.Cli.CliApp).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .ToList();
        var english = messages
            .Where(a => a.Level >= LogLevel.Information && !OutOfScope(a.EventId))
            .Where(a => !a.Message.Any(c => c > 'z' && char.IsLetter(c)))
            .Select(a => $"{a.EventId}: {a.Message}")
            .ToList();

        Assert.True(messages.Count > 50, "the scan found the [LoggerMessage] methods");
        Assert.Empty(english);
    }
}
