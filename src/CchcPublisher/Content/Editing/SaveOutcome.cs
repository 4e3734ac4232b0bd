namespace CchcPublisher.Content.Editing;

/// <summary>The result of <see cref="ArticleFileStore.SaveAsync"/>.</summary>
internal abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    /// <summary>Written; <paramref name="Hash"/> is the new file's hash (the editor's next expected hash).</summary>
    public sealed record Saved(string Hash) : SaveOutcome;

    /// <summary>Not written: the file changed on disk since it was opened. <paramref name="DiskText"/> is what is there now.</summary>
    public sealed record Conflict(string DiskText, string DiskHash) : SaveOutcome;
}
