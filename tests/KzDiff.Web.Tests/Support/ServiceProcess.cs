using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace KzDiff.Web.Tests.Support;

/// <summary>
/// The built KzDiff.Web.dll as a real, separate process on a loopback port, so that a test can kill
/// it the way an operating system does (SIGKILL: no shutdown, no flush, no cleanup).
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts the service with <paramref name="home"/> as its root (editions/ and jobs/ inside) and waits until /health answers.</summary>
    /// <param name="startTimeout">How long /health may take to answer (the start-up import comes first); 90 s when null.</param>
    public static async Task<ServiceProcess> StartAsync(string home, IDictionary<string, string> environment, TimeSpan? startTimeout = null)
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "KzDiff.Web.dll");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["KZDIFF_HOME"] = home;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var timeout = startTimeout ?? TimeSpan.FromSeconds(90);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the service exited with code {process.ExitCode} while starting:\n{service.Log}");
            }

            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer (a loaded machine); ask again.
            }

            await Task.Delay(100);
        }

        service.Kill();
        Assert.Fail($"the service did not answer /health within {timeout.TotalSeconds:0} s:\n{service.Log}");
        return service;
    }

    /// <summary>SIGKILL on Linux: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>
    /// SIGSTOP: the process is frozen where it stands, so that what it holds in the store can be looked at
    /// and stays as seen until <see cref="Kill"/> or <see cref="Resume"/>.
    /// </summary>
    public void Pause() => Signal(StopSignal);

    /// <summary>SIGCONT after <see cref="Pause"/>.</summary>
    public void Resume() => Signal(ContinueSignal);

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private const int StopSignal = 19; // SIGSTOP on Linux (x64 and arm64)
    private const int ContinueSignal = 18; // SIGCONT

    private void Signal(int signal)
    {
        if (SendSignal(process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"signal {signal} to process {process.Id} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SendSignal(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
