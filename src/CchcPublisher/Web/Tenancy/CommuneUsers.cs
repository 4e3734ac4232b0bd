using CchcPublisher.Hosting;
using CchcPublisher.Province;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Tenancy;

/// <summary>
/// Sign-in to a province console with a commune's own user (<c>users add --commune ID</c>, kept in that commune's
/// data folder). Such a user sees only their commune. Names are looked up first (a file read per commune); only
/// the matching users' passwords are hashed, so a wrong name costs one hash, like a single-commune console.
/// </summary>
internal static class CommuneUsers
{
    public static async Task<(ConsoleUser User, string Commune)?> VerifyAsync(
        ICommuneDirectory directory, TimeProvider time, string name, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var id in directory.List())
        {
            IOptions<PathOptions> paths;
            try
            {
                paths = directory.Services(id).GetRequiredService<IOptions<PathOptions>>();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                continue; // a commune with broken settings: its users cannot sign in until it is fixed
            }

            using var store = new UserStore(paths, time);
            if (await store.FindAsync(name, cancellationToken) is { } user && store.Verify(user, password))
            {
                return (user, id);
            }
        }

        return null;
    }
}
