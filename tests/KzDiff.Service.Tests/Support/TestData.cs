namespace KzDiff.Service.Tests.Support;

/// <summary>The small fictional editions beside the tests.</summary>
internal static class TestData
{
    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
