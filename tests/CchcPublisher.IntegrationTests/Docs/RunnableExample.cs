using System.Text;

namespace CchcPublisher.IntegrationTests.Docs;

/// <summary>
/// A fenced block marked <c>&lt;!-- chay-thu --&gt;</c> in the README or the users' guide: lines starting with
/// <c>$ </c> are commands, the lines after each one are (part of) what it prints.
/// </summary>
internal sealed record RunnableExample(string File, int Line, int ExitCode, IReadOnlyList<RunnableCommand> Commands)
{
    /// <summary>The marker; <c>&lt;!-- chay-thu ma-thoat N --&gt;</c> expects exit code N from every command of the block.</summary>
    public const string Marker = "<!-- chay-thu -->";

    private static readonly System.Text.RegularExpressions.Regex MarkerPattern = new(@"^<!-- chay-thu(?: ma-thoat (?<code>\d))? -->$");

    private static readonly string[] Prefixes =
        ["dotnet run --project src/CchcPublisher --", "./CchcPublisher", "CchcPublisher.exe", "CchcPublisher"];

    public static IReadOnlyList<RunnableExample> Read(string path, string displayName)
    {
        var lines = System.IO.File.ReadAllLines(path, Encoding.UTF8);
        var examples = new List<RunnableExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = MarkerPattern.Match(lines[i].Trim());
            if (!marker.Success)
            {
                continue;
            }

            var exitCode = marker.Groups["code"].Success ? int.Parse(marker.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

            var fence = i + 1;
            if (fence >= lines.Length || !lines[fence].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{displayName}:{i + 1}: {Marker} must be followed by a fenced block");
            }

            var commands = new List<RunnableCommand>();
            var end = fence + 1;
            for (; end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal); end++)
            {
                var line = lines[end];
                if (line.StartsWith("$ ", StringComparison.Ordinal))
                {
                    commands.Add(new RunnableCommand(Arguments(line[2..], displayName, end + 1), new List<string>()));
                }
                else if (commands.Count > 0)
                {
                    ((List<string>)commands[^1].Expected).Add(line);
                }
            }

            if (commands.Count == 0)
            {
                throw new InvalidDataException($"{displayName}:{fence + 1}: a runnable block has no '$ ' command");
            }

            examples.Add(new RunnableExample(displayName, fence + 1, exitCode, commands));
            i = end;
        }

        return examples;
    }

    /// <summary>The program's arguments: the command without its prefix, split on spaces, double quotes kept together.</summary>
    internal static string[] Arguments(string commandLine, string file, int line)
    {
        var prefix = Prefixes.FirstOrDefault(p => commandLine.StartsWith(p + " ", StringComparison.Ordinal) || commandLine == p)
            ?? throw new InvalidDataException($"{file}:{line}: a runnable command starts with one of: {string.Join(" | ", Prefixes)}");
        var args = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in commandLine[prefix.Length..])
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

    public override string ToString() => $"{File}:{Line}";
}

/// <summary>One <c>$ </c> line of a runnable block and the output lines shown under it.</summary>
internal sealed record RunnableCommand(string[] Arguments, IReadOnlyList<string> Expected);
