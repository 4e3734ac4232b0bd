using CchcPublisher.Content.Articles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Content;

internal static class ContentRegistration
{
    /// <summary>
    /// Content options, the article parser and the content loader. Needs <c>AddCore()</c> (commune and path
    /// options).
    /// </summary>
    public static IHostApplicationBuilder AddContent(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        builder.Services.AddSingleton<ArticleParser>();
        builder.Services.AddSingleton<IContentLoader, ContentLoader>();
        return builder;
    }
}
