using CchcPublisher.Channels;

namespace CchcPublisher.Plan;

/// <summary>
/// The offline forms ("hình thức tuyên truyền") plans and activities may name, with their Vietnamese labels: the
/// built-in ones (<see cref="PlanForms"/>) plus or instead of those in <c>content/forms.yaml</c>
/// (<see cref="FormFileReader"/>). Channel names are always valid forms and are not part of the taxonomy.
/// </summary>
internal sealed class FormTaxonomy
{
    private readonly Dictionary<string, string> _labels;

    public FormTaxonomy(IEnumerable<(string Key, string Label)> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var list = forms.ToList();
        _labels = list.ToDictionary(f => f.Key, f => f.Label, StringComparer.Ordinal);
        ActivityForms = [.. list.Select(f => f.Key)];
        All = [.. ChannelNames.All, .. ActivityForms];
    }

    public static FormTaxonomy BuiltIn { get; } = new(PlanForms.BuiltInActivityForms);

    /// <summary>Offline forms, in display order.</summary>
    public IReadOnlyList<string> ActivityForms { get; }

    /// <summary>Every form a plan may name: channels first, then offline forms.</summary>
    public IReadOnlyList<string> All { get; }

    public bool IsActivityForm(string form) => _labels.ContainsKey(form);

    /// <summary>Vietnamese label of an offline form or a channel; an unknown key is shown as written.</summary>
    public string Label(string form) => _labels.TryGetValue(form, out var label) ? label : PlanForms.Label(form);
}
