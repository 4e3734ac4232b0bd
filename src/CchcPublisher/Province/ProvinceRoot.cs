namespace CchcPublisher.Province;

/// <summary>The province's commune folder (<see cref="ProvinceOptions.Root"/>, made absolute).</summary>
internal sealed record ProvinceRoot(string Path);
