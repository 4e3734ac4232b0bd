using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
            .Configure<IConfiguration>(ReplaceDefaultChannels)
            .ValidateSettings(ContentOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        builder.Services.AddSingleton<ArticleParser>();
        builder.Services.TryAddSingleton<CurrentTaxonomy>();
        builder.Services.AddSingleton<IContentLoader, ContentLoader>();
        return builder;
    }

    /// <summary>
    /// The binder appends configured array items to the property's default value; a configured list must
    /// replace the default (all four channels) instead.
    /// </summary>
    private static void ReplaceDefaultChannels(ContentOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection($"{ContentOptions.SectionName}:{nameof(ContentOptions.DefaultChannels)}");
        if (section.Exists())
        {
            options.DefaultChannels = section.Get<string[]>() ?? [];
        }
    }
}
