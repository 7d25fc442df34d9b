using System.Reflection;
using System.Reflection.Emit;
using KzDiff.Core.Parsing;

namespace KzDiff.Core.Tests;

/// <summary>
/// Core stays a pure library: parsing, alignment and rendering over values, no hosting, storage,
/// jobs or file and network access (those belong to the Service, Web and CLI projects).
/// </summary>
public sealed class CorePurityTests
{
    private static readonly Assembly Core = typeof(EditionParser).Assembly;

    private static readonly string[] ForbiddenTypes =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.FileStream",
        "System.IO.FileSystemInfo", "System.IO.FileSystemWatcher", "System.IO.DriveInfo", "System.Console",
        "System.Net.WebClient", "System.Net.WebRequest", "System.Net.Dns",
    ];

    // System.Net.WebUtility (HTML encoding) is text work and allowed; its HTTP and socket neighbours are not.
    private static readonly string[] ForbiddenNamespaces =
        ["System.Net.Http", "System.Net.Sockets", "System.Data", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions", "Hangfire"];

    private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => (ushort)code.Value);

    [Test]
    public void Core_ReferencesOnlyTheRuntimeDiffPlexAndAngleSharp()
    {
        var references = Core.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.That(references, Is.Not.Empty);
        Assert.That(
            references.Where(name => name is not ("DiffPlex" or "AngleSharp") && !name.StartsWith("System.", StringComparison.Ordinal) && name != "System"),
            Is.Empty);
        Assert.That(references.Where(name => ForbiddenNamespaces.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public void Core_CallsNoFileNetworkOrConsoleApi()
    {
        var offenders = Core.GetTypes()
            .SelectMany(type => type.GetMethods(AllDeclared).Cast<MethodBase>().Concat(type.GetConstructors(AllDeclared)))
            .SelectMany(method => Forbidden(method).Select(member => $"{method.DeclaringType}.{method.Name} uses {member.DeclaringType}.{member.Name}"))
            .Distinct()
            .ToList();

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Forbidden_FindsFileAccess_InAMethodThatReadsAFile()
    {
        // The scan itself can fail: this method of the test reads a file.
        var method = typeof(CorePurityTests).GetMethod(nameof(ReadsAFile), AllDeclared)!;

        Assert.That(Forbidden(method).Select(member => $"{member.DeclaringType}.{member.Name}"), Does.Contain("System.IO.File.ReadAllBytes"));
    }

    private const BindingFlags AllDeclared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static byte[] ReadsAFile(string path) => File.ReadAllBytes(path);

    /// <summary>Members a method's IL calls, creates or loads whose type is forbidden in Core.</summary>
    private static IEnumerable<MemberInfo> Forbidden(MethodBase method)
    {
        return Referenced(method).Where(member => member.DeclaringType is { } type
            && (ForbiddenTypes.Contains(type.FullName) || ForbiddenNamespaces.Any(ns => type.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true)));
    }

    private static IEnumerable<MemberInfo> Referenced(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(ushort)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok or OperandType.InlineType)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                if (member is not null)
                {
                    yield return member;
                }
            }

            i += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token into a generic context the scan cannot rebuild; the calls that matter are not generic.
            return null;
        }
    }
}
