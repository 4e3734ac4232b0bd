namespace CchcPublisher.Province;

/// <summary>
/// The communes of a province installation and each one's services, for readers that serve several communes at
/// once (the province console and its overview). A single-commune installation has none.
/// </summary>
internal interface ICommuneDirectory
{
    /// <summary>The province's name for headings ("Sở Nội vụ tỉnh …"), from <c>Province:Name</c>.</summary>
    string ProvinceName { get; }

    /// <summary>The communes now under the root, in id order.</summary>
    IReadOnlyList<string> List();

    /// <summary>The commune's services; throws with a Vietnamese reason when its settings are broken.</summary>
    IServiceProvider Services(string id);
}
