using Microsoft.Extensions.Options;

namespace CchcPublisher.Province;

/// <summary>The province worker's communes: the folders under <see cref="ProvinceRoot"/>, served by <see cref="CommuneHosts"/>.</summary>
internal sealed class CommuneDirectory(CommuneHosts hosts, ProvinceRoot root, IOptions<ProvinceOptions> options) : ICommuneDirectory
{
    public string ProvinceName => options.Value.Name;

    public IReadOnlyList<string> List() => CommuneTenant.List(root.Path);

    public IServiceProvider Services(string id) => hosts.Get(id);
}
