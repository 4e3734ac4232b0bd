using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Approval;

internal static class ApprovalRegistration
{
    /// <summary>The approval flow (section <c>Approval</c>) and the publishing gate that enforces it.</summary>
    public static IHostApplicationBuilder AddApproval(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApprovalOptions>()
            .BindConfiguration(ApprovalOptions.SectionName)
            .ValidateSettings(ApprovalOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<ApprovalGate>();
        builder.Services.AddSingleton<ApprovalService>();
        return builder;
    }
}
