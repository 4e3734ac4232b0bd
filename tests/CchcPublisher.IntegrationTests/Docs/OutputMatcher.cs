namespace CchcPublisher.IntegrationTests.Docs;

/// <summary>
/// Whether a command printed the lines a document shows under it, in order. "…" in a shown line stands for any
/// text (and a line of only "…" for lines left out); table rows are compared cell by cell, so a table printed at
/// another width still matches; table borders are not compared.
/// </summary>
internal static class OutputMatcher
{
    private const string Ellipsis = "…";

    /// <summary>The first shown line that was not printed (after the previous one), or null when all were.</summary>
    public static string? FirstMissing(IEnumerable<string> expected, string output)
    {
        var printed = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var at = 0;
        foreach (var raw in expected)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line == Ellipsis || IsBorder(line))
            {
                continue;
            }

            var found = -1;
            for (var i = at; i < printed.Length && found < 0; i++)
            {
                if (Matches(line, printed[i].Trim()))
                {
                    found = i;
                }
            }

            if (found < 0)
            {
                return line;
            }

            at = found + 1;
        }

        return null;
    }

    private static bool Matches(string shown, string printed)
    {
        if (shown.StartsWith('│'))
        {
            if (!printed.StartsWith('│'))
            {
                return false;
            }

            var shownCells = Cells(shown);
            var printedCells = Cells(printed);
            return shownCells.Count == printedCells.Count
                && shownCells.Zip(printedCells).All(pair => pair.First == pair.Second || (pair.First.Contains(Ellipsis, StringComparison.Ordinal) && Contains(pair.Second, pair.First)));
        }

        return Contains(printed, shown);
    }

    /// <summary>Whether <paramref name="printed"/> contains the parts of <paramref name="shown"/> between its "…", in order.</summary>
    private static bool Contains(string printed, string shown)
    {
        var from = 0;
        foreach (var part in shown.Split(Ellipsis))
        {
            var index = printed.IndexOf(part.Trim(), from, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            from = index + part.Trim().Length;
        }

        return true;
    }

    private static List<string> Cells(string row) => [.. row.Trim('│').Split('│').Select(c => c.Trim())];

    private static bool IsBorder(string line) => line.All(c => c is ' ' or '─' or '┌' or '┐' or '└' or '┘' or '├' or '┤' or '┬' or '┴' or '┼' or '═' or '╭' or '╮' or '╰' or '╯');
}
