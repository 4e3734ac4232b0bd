using CchcPublisher.Approval;
using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Ledger;
using CchcPublisher.Ledger.Postgres;
using Npgsql;

namespace CchcPublisher.IntegrationTests.Approval;

/// <summary>The approval store contract in a PostgreSQL schema of its own (skips locally without a server, fails in CI).</summary>
public sealed class PostgresApprovalStoreTests : ApprovalStoreContractTests
{
    private readonly string _schema = TestPostgres.NewSchema();
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    private protected override Task<(ILedger Ledger, IApprovalStore Store)> CreateAsync()
    {
        _connectionString = TestPostgres.RequireConnectionString();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return Task.FromResult<(ILedger, IApprovalStore)>(
            (new PostgresLedger(_dataSource, _schema, ownsDataSource: false), new PostgresApprovalStore(_dataSource, _schema)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await TestPostgres.DropSchemaAsync(_connectionString, _schema);
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
