using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Content;

internal static class ContentRegistration
{
    public static IHostApplicationBuilder AddContent(this IHostApplicationBuilder builder) => builder;
}
