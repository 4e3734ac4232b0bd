using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>The editor's own script and stylesheet, embedded in the program (no CDN, no build step).</summary>
internal static class EditorAssets
{
    private static readonly (string Name, string Type)[] Files =
    [
        ("bien-tap.js", "text/javascript; charset=utf-8"),
        ("bien-tap.css", "text/css; charset=utf-8"),
        ("sao-chep.js", "text/javascript; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (name, type) in Files)
        {
            var bytes = new Lazy<byte[]>(() => Read(name));
            app.MapGet("/tai-nguyen/" + name, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Bytes(bytes.Value, type);
            }).AllowAnonymous();
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(EditorAssets).Assembly.GetManifestResourceStream("CchcPublisher.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The console asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
