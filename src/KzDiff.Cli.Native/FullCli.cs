using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KzDiff.Cli.Native;

/// <summary>
/// The full CLI (KzDiff.Cli), published in <c>full/</c> beside the native front end. On Unix the
/// front end becomes it (execv): the same process id, terminal, signals and exit code, as if the
/// user had run it directly.
/// </summary>
internal static partial class FullCli
{
    public static string Location => Path.Combine(AppContext.BaseDirectory, "full", OperatingSystem.IsWindows() ? "kzdiff.exe" : "kzdiff");

    public static int Run(string[] args, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var path = Location;
        if (!File.Exists(path))
        {
            stderr.WriteLine($"kzdiff: this command needs the full CLI, which is not at {path} (publish src/KzDiff.Cli.Native as the README says, or run src/KzDiff.Cli)");
            return 1;
        }

        if (OperatingSystem.IsWindows())
        {
            using var child = Process.Start(new ProcessStartInfo(path, args) { UseShellExecute = false })!;
            child.WaitForExit();
            return child.ExitCode;
        }

        Exec(path, args);
        stderr.WriteLine($"kzdiff: cannot start the full CLI at {path}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        return 1;
    }

    /// <summary>Replaces this process with <paramref name="path"/>; returns only when that fails.</summary>
    private static void Exec(string path, string[] args)
    {
        var argv = new IntPtr[args.Length + 2];
        try
        {
            argv[0] = Marshal.StringToCoTaskMemUTF8(path);
            for (var i = 0; i < args.Length; i++)
            {
                argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }

            _ = ExecV(path, argv);
        }
        finally
        {
            foreach (var pointer in argv)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ExecV(string path, IntPtr[] argv);
}
