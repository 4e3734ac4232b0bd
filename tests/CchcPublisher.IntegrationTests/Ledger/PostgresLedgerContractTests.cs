using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Ledger;
using CchcPublisher.Ledger.Postgres;
using Npgsql;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>The ledger contract on PostgreSQL, in a schema of its own.</summary>
public sealed class PostgresLedgerContractTests : LedgerContractTests
{
    private readonly string _schema = TestPostgres.NewSchema();
    private string? _connectionString;

    private protected override Task<ILedger> CreateAsync()
    {
        _connectionString = TestPostgres.RequireConnectionString();
        return Task.FromResult<ILedger>(new PostgresLedger(NpgsqlDataSource.Create(_connectionString), _schema));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await TestPostgres.DropSchemaAsync(_connectionString, _schema);
        }
    }
}
