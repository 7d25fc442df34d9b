using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KzDiff.Web.Tests.Support;

/// <summary>
/// A PostgreSQL server of a test's own, on a free loopback port, that the test may restart under
/// its processes' feet. Run as the <c>postgres</c> user when the test runs as root (the server
/// programs refuse root), as .ci/test.sh runs its own.
/// </summary>
internal sealed class ThrowawayPostgres : IDisposable
{
    private readonly string bin;
    private readonly string data;
    private readonly int port;

    private ThrowawayPostgres(string bin, string data, int port)
    {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = TestEnvironment.RequirePostgresServer();
        var data = Directory.CreateTempSubdirectory("kzdiff-pg-").FullName;
        var server = new ThrowawayPostgres(bin, data, FreePort());
        try
        {
            if (Environment.UserName == "root")
            {
                await RunAsync("chown", ["postgres:postgres", data], asPostgres: false);
            }

            await server.PgAsync("initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
            await server.PgAsync("pg_ctl", ["-D", data, "-l", Path.Combine(data, "log"), "-w", "-o", server.Options, "start"]);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>
    /// <c>pg_ctl restart -m fast</c>: every connection is cut, open transactions roll back, and the
    /// server accepts connections again when this returns.
    /// </summary>
    public Task RestartAsync() =>
        PgAsync("pg_ctl", ["-D", data, "-l", Path.Combine(data, "log"), "-w", "-m", "fast", "-o", Options, "restart"]);

    public void Dispose()
    {
        try
        {
            PgAsync("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Not running (initdb failed): nothing to stop.
        }

        Directory.Delete(data, recursive: true);
    }

    private string Options => $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";

    private Task PgAsync(string program, IReadOnlyList<string> arguments) => RunAsync(Path.Combine(bin, program), arguments, asPostgres: Environment.UserName == "root");

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot enter the test's folder; a working folder it may read.
            WorkingDirectory = "/tmp",
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
