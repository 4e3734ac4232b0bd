using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>An <see cref="IContentLoader"/> whose content the test sets.</summary>
internal sealed class FakeContentLoader : IContentLoader
{
    public List<Article> Articles { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>What <see cref="ContentSnapshot.Generation"/> each snapshot carries (0: the loader does not say).</summary>
    public long Generation { get; set; }

    /// <summary>Called on every load (to count how often a run reads the content).</summary>
    public Action? OnLoad { get; set; }

    public Task<ContentSnapshot> LoadAsync(string? contentRoot, CancellationToken cancellationToken)
    {
        OnLoad?.Invoke();
        return Task.FromResult(new ContentSnapshot([.. Articles], [.. Diagnostics], CategoryTaxonomy.BuiltIn) { Generation = Generation });
    }

    public void Replace(Article article)
    {
        Articles.RemoveAll(a => a.Id == article.Id);
        Articles.Add(article);
    }
}
