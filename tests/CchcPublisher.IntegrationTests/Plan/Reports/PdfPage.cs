namespace CchcPublisher.IntegrationTests.Plan.Reports;

/// <summary>A word of a PDF page with its box in points, from the top left corner.</summary>
internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double XCenter => (XMin + XMax) / 2;
}

/// <summary>A page: its size in points and its words.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words)
{
    public bool Landscape => Width > Height;

    /// <summary>
    /// The words inside the band <paramref name="fromX"/>–<paramref name="toX"/> (by their centre) as text rows, top
    /// to bottom: words whose baselines are within 2 pt of each other form one row, joined by one space.
    /// </summary>
    public IReadOnlyList<PdfRow> Rows(double fromX = 0, double toX = double.MaxValue)
    {
        var rows = new List<PdfRow>();
        foreach (var word in Words.Where(w => w.XCenter >= fromX && w.XCenter < toX).OrderBy(w => w.YMax).ThenBy(w => w.XMin))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1].YMax - word.YMax) <= 2)
            {
                rows[^1] = rows[^1].With(word);
            }
            else
            {
                rows.Add(new PdfRow([word]));
            }
        }

        return rows;
    }
}

/// <summary>Words on one line of a page, left to right.</summary>
internal sealed record PdfRow(IReadOnlyList<PdfWord> Words)
{
    public string Text => string.Join(' ', Words.OrderBy(w => w.XMin).Select(w => w.Text));

    public double YMin => Words.Min(w => w.YMin);

    public double YMax => Words.Max(w => w.YMax);

    public double XMin => Words.Min(w => w.XMin);

    public double XMax => Words.Max(w => w.XMax);

    public PdfRow With(PdfWord word) => new([.. Words, word]);

    public override string ToString() => $"\"{Text}\" at x {XMin:0.#}–{XMax:0.#}, y {YMin:0.#}";
}
