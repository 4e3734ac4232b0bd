using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Publishing;

internal static class PublishingRegistration
{
    /// <summary>The planner, the publisher and the run that ties them to content and ledger.</summary>
    public static IHostApplicationBuilder AddPublishing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublishingOptions>()
            .BindConfiguration(PublishingOptions.SectionName)
            .PostConfigure(o =>
            {
                // Defaults are applied after binding: binding appends to pre-filled lists instead of replacing them.
                if (o.Columns.Count == 0)
                {
                    o.Columns.Add(PublishingOptions.DefaultColumn);
                }

                if (o.ChannelOrder.Count == 0)
                {
                    o.ChannelOrder.AddRange(PublishingOptions.DefaultChannelOrder);
                }

                o.CatchUpWindowByChannel.TryAdd("website", TimeSpan.FromDays(3650));
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PublishingOptions>, PublishingOptionsValidator>();
        builder.Services.AddSingleton<PublicationPlanner>();
        builder.Services.AddSingleton<ChannelPublisher>();
        builder.Services.AddSingleton<PublishRunner>();
        builder.Services.AddSingleton<ManualConfirmation>();
        builder.Services.AddSingleton<Withdrawal>();
        builder.Services.AddSingleton<OutputRebuilder>();
        return builder;
    }
}
