using CchcPublisher.Content;

namespace CchcPublisher.Plan;

/// <summary>Everything plan commands and jobs read at one moment: the content snapshot and the plans and activities.</summary>
internal sealed record PlanWorkspace(ContentSnapshot Content, PlanContent Plans);
