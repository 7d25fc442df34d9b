using System.Diagnostics;

namespace KzDiff.Service.Tests.Support;

/// <summary>
/// A folder that the operating system refuses to write into: a read-only tmpfs mount when the tests
/// run as root (root writes files whatever their modes), file and folder modes otherwise.
/// </summary>
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool mounted;

    private ReadOnlyFolder(string path, bool mounted)
    {
        Path = path;
        this.mounted = mounted;
    }

    public string Path { get; }

    /// <summary>A writable folder inside <paramref name="parent"/>; <see cref="MakeReadOnly"/> once its files are written.</summary>
    public static ReadOnlyFolder Create(string parent)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("read-only folders are made with Linux mounts or file modes");
        }

        var path = Directory.CreateDirectory(System.IO.Path.Combine(parent, "read-only")).FullName;
        if (Environment.UserName != "root")
        {
            return new ReadOnlyFolder(path, mounted: false);
        }

        if (!Run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", path))
        {
            Assert.Ignore("running as root without the right to mount a file system: cannot make a folder read-only for root");
        }

        return new ReadOnlyFolder(path, mounted: true);
    }

    public void MakeReadOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (mounted)
        {
            Assert.That(Run("mount", "-o", "remount,ro", Path), "remount read-only");
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Path))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
    }

    public void Dispose()
    {
        if (mounted)
        {
            Run("umount", Path);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
