namespace CchcPublisher.Queries;

/// <summary>Columns the province overview sorts by (their keys are the console's <c>?sap=</c> values).</summary>
internal enum ProvinceSort
{
    Name,
    Progress,
    Behind,
    Failures,
    Waiting,
}
