namespace CchcPublisher.Content.Import;

/// <summary>Where an imported document was written, what was read from it, and the category guessed for it.</summary>
internal sealed record ImportOutcome(string ArticlePath, ImportedArticle Article, string Category)
{
    /// <summary>What the import did beyond copying text, in Vietnamese, as <c>import</c> and the console say it.</summary>
    public IReadOnlyList<string> Notes()
    {
        var notes = new List<string>();
        if (Article.LegacyEncodings.Contains(LegacyEncoding.Tcvn3))
        {
            notes.Add("đã chuyển phông TCVN3 (ABC) sang Unicode");
        }

        if (Article.LegacyEncodings.Contains(LegacyEncoding.Vni))
        {
            notes.Add("đã chuyển phông VNI sang Unicode");
        }

        if (Article.Images.Count > 0)
        {
            notes.Add($"{Article.Images.Count} ảnh");
        }

        if (Article.Heading is not null)
        {
            notes.Add("đã bỏ phần quốc hiệu, số/ký hiệu khỏi nội dung");
        }

        return notes;
    }
}
