using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Web.Tenancy;

/// <summary>
/// In a province console, the commune a request is about (chosen by <see cref="CommuneSelection"/>); the pages'
/// domain services (ledger, queries, confirmations) are resolved from its services. Unset on the province pages.
/// </summary>
internal sealed class CurrentCommune
{
    public string? Id { get; private set; }

    public IServiceProvider? Services { get; private set; }

    public void Set(string id, IServiceProvider services)
    {
        Id = id;
        Services = services;
    }

    public T Get<T>()
        where T : notnull =>
        Services is { } services
            ? services.GetRequiredService<T>()
            : throw new InvalidOperationException($"No commune is selected for this request ({typeof(T).Name}).");
}
